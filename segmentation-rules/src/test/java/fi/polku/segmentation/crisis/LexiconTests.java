package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTests {

    @ParameterizedTest(name = "{0} ~ {1} (stem {2}): {3}")
    @CsvSource(textBlock = """
            itsemurha, itsemurha, false, true
            itsemurha, itsemurhaa, false, true
            itsemurha, itsmurha, false, true
            itsemurha, itsemruha, false, true
            itsemurha, jtsemurha, false, true
            itsemurha, tsemurha, false, true
            itsemurha, xitsemurha, false, true
            itsemurha, itsemurhaaa, false, false
            itsemurha, itsemuuuha, false, false
            itsemurh, itsemurhasta, true, true
            itsemurh, itsmurhasta, true, true
            itsemurh, itsemruhasta, true, true
            itsemurh, itsemurgasta, true, true
            itsemurh, itsxxurhasta, true, false
            suicid, sucidal, true, true
            myself, myslef, false, true
            myself, himself, false, false
            """)
    void allowsExactlyOneEdit(String atom, String word, boolean prefix, boolean expected) {
        assertThat(Lexicon.oneEdit(atom, word, prefix)).isEqualTo(expected);
    }

    @Test
    void matchesAWordOnlyAsWrittenWhenNoPhraseAllowsItsTypos() {
        Lexicon.Builder builder = new Lexicon.Builder();
        int recovered = builder.exactId("recovered");
        int healthy = builder.exactId("healthy");
        builder.id("healthy");
        Lexicon lexicon = builder.build(Set.of(), true);

        int[][] matches = lexicon.match(CrisisText.analyse("recoverd recovered helthy"));

        assertThat(matches[0]).isEmpty();
        assertThat(matches[1]).containsExactly(recovered);
        assertThat(matches[2]).containsExactly(healthy);
    }
}
