package fi.polku.assistant.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResumeCodesTests {

    private final ResumeCodes codes = new ResumeCodes();

    @Test
    void carriesAtLeastSixtyRandomBitsInCrockfordBase32() {
        // 12 characters of a 32-letter alphabet: 12 * 5 = 60 bits
        assertThat(ResumeCodes.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
        assertThat(ResumeCodes.LENGTH * 5).isGreaterThanOrEqualTo(60);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(12).matches("[0-9A-HJKMNP-TV-Z]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void isShownInGroupsOfFour() {
        assertThat(ResumeCodes.display("7KQ4M2XD9HBT")).isEqualTo("7KQ4-M2XD-9HBT");
    }

    @Test
    void forgivesCaseSpacesDashesAndLookAlikeLetters() {
        assertThat(ResumeCodes.normalise("7kq4-m2xd-9hbt")).contains("7KQ4M2XD9HBT");
        assertThat(ResumeCodes.normalise(" 7KQ4 M2XD 9HBT ")).contains("7KQ4M2XD9HBT");
        assertThat(ResumeCodes.normalise("OOOO-IIII-LLLL")).contains("000011111111");
    }

    @Test
    void refusesWhatCannotBeACode() {
        assertThat(ResumeCodes.normalise("")).isEmpty();
        assertThat(ResumeCodes.normalise("7KQ4-M2XD-9HB")).isEmpty();
        assertThat(ResumeCodes.normalise("7KQ4-M2XD-9HBTT")).isEmpty();
        assertThat(ResumeCodes.normalise("UUUU-UUUU-UUUU")).isEmpty();
        assertThat(ResumeCodes.normalise("<script>alert")).isEmpty();
    }
}
