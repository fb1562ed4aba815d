package fi.polku.segmentation.crisis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Oracle: {@link ExactWords} answers every look-up as the {@code HashMap} it replaced does. */
class ExactWordsTests {

    @Test
    void answersAsTheHashMapItReplaced() {
        Random random = new Random(42);
        Map<String, Integer> map = new HashMap<>();
        for (int id = 0; id < 5_000; id++) {
            map.putIfAbsent(word(random), id);
        }
        ExactWords exact = new ExactWords(map);

        map.forEach((word, id) -> assertThat(exact.id(word)).as(word).isEqualTo(id));
        for (int i = 0; i < 20_000; i++) {
            String probe = word(random);
            assertThat(exact.id(probe)).as(probe).isEqualTo(map.getOrDefault(probe, -1));
        }
        assertThat(new ExactWords(Map.of()).id("kuolla")).isEqualTo(-1);
    }

    /** Short folded words over a small alphabet, so that probes often hit and hash slots collide. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append("aeiklmnostuy".charAt(random.nextInt(12)));
        }
        return word.toString();
    }
}
