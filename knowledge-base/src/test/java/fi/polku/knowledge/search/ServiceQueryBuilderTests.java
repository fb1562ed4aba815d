package fi.polku.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.index.Analysis;
import fi.polku.knowledge.index.WeightedTerm;
import fi.polku.segmentation.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceQueryBuilderTests {

    private final Analysis analysis = new Analysis();
    private final ServiceQueryBuilder queries = new ServiceQueryBuilder(analysis, null);

    @AfterAll
    void close() {
        analysis.close();
    }

    private static List<Integer> starts(Map<Language, List<WeightedTerm>> terms, Language lang) {
        return terms.get(lang).stream().map(WeightedTerm::start).distinct().toList();
    }

    @Test
    void dropsTheStopWordsOfEveryLanguageInEveryLanguage() {
        // "for" and "the" are English stop words, and "for" is "för" typed without diacritics
        Map<Language, List<WeightedTerm>> terms = queries.analyse("pay subsidy for the employer");
        for (Language lang : Language.values()) {
            assertThat(starts(terms, lang)).as(lang.tag()).containsExactly(0, 4, 20);
        }
    }

    @Test
    void dropsFinnishNegationAndSwedishArticles() {
        Map<Language, List<WeightedTerm>> terms = queries.analyse("en saa töitä");
        assertThat(starts(terms, Language.SV)).containsExactly(3, 7);
        assertThat(starts(terms, Language.EN)).containsExactly(3, 7);
    }

    @Test
    void keepsStopWordsWhenTheTextHasNothingElse() {
        // "men" is Swedish for "but", English for men
        Map<Language, List<WeightedTerm>> terms = queries.analyse("men");
        assertThat(terms.get(Language.EN)).isNotEmpty();
    }
}
