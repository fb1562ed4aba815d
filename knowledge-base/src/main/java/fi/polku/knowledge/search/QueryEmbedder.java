package fi.polku.knowledge.search;

/**
 * Extension point for optional semantic recall: turns a text into a vector so a vector index (KnnFloatVectorField)
 * can be searched beside the keyword index and the two rankings fused with {@code TopDocs.rrf}. Absent by default:
 * no multilingual embedding model runs offline from Maven Central (shared/stack.md), and the keyword search meets its
 * targets without one. Not yet wired into {@link KnowledgeBase}; see the module README.
 */
public interface QueryEmbedder {

    /** The embedding of a query or service text; every call returns vectors of the same dimension. */
    float[] embed(String text);
}
