package fi.polku.knowledge.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text into a vector for optional semantic recall (see {@link KnowledgeBase#build(
 * fi.polku.knowledge.catalogue.ServiceCatalogue, java.util.function.Predicate, java.util.Optional)}). Absent by
 * default: no multilingual embedding model runs offline from Maven Central (shared/stack.md), and the keyword search
 * meets its targets without one. Implementations must be thread-safe; any exception means "no vector this time".
 */
public interface QueryEmbedder {

    /** The embedding of a query or service text; every call returns vectors of the same dimension. */
    float[] embed(String text);

    /** The embeddings of several texts in order; override when the model takes batches (one request instead of many). */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        texts.forEach(text -> vectors.add(embed(text)));
        return vectors;
    }
}
