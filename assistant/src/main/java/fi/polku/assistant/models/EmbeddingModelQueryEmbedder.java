package fi.polku.assistant.models;

import fi.polku.knowledge.semantic.QueryEmbedder;
import java.util.List;
import org.springframework.ai.embedding.EmbeddingModel;

/** A Spring AI embedding model as the knowledge base's {@link QueryEmbedder}; service texts go in batches. */
final class EmbeddingModelQueryEmbedder implements QueryEmbedder {

    private final EmbeddingModel model;

    EmbeddingModelQueryEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public float[] embed(String text) {
        return model.embed(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embed(texts);
    }
}
