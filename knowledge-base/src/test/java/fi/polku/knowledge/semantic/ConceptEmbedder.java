package fi.polku.knowledge.semantic;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for an embedding model: each known word adds 1 to its concept's axis, other words count
 * nothing, so texts about the same need point the same way though they share no word. Can be switched to failing.
 */
final class ConceptEmbedder implements QueryEmbedder {

    private static final Map<String, Integer> CONCEPTS = Map.ofEntries(
            // 0: money
            Map.entry("velka", 0),
            Map.entry("velkaneuvonta", 0),
            Map.entry("talous", 0),
            Map.entry("skuld", 0),
            Map.entry("kuivilla", 0),

            // 1: mind
            Map.entry("masennus", 1),
            Map.entry("ahdistus", 1),
            Map.entry("mielenterveyspalvelut", 1),
            Map.entry("ankeaa", 1),
            Map.entry("depression", 1),
            // 2: work
            Map.entry("työkokeilu", 2),
            Map.entry("kokeilu", 2),
            Map.entry("arbetsprövning", 2),
            Map.entry("duunikokeilu", 2),
            Map.entry("harjoittelu", 2),
            // 3: crisis
            Map.entry("kriisi", 3),
            Map.entry("hätä", 3),
            Map.entry("kris", 3));

    final AtomicInteger calls = new AtomicInteger();
    volatile boolean failing;

    @Override
    public float[] embed(String text) {
        calls.incrementAndGet();
        if (failing) {
            throw new IllegalStateException("model down; text was: " + text);
        }
        float[] vector = new float[4];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            Integer concept = CONCEPTS.get(word);
            if (concept != null) {
                vector[concept] += 1;
            }
        }
        return vector;
    }
}
