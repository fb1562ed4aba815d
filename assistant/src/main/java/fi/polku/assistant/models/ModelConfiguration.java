package fi.polku.assistant.models;

import fi.polku.knowledge.semantic.QueryEmbedder;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Checks the model settings at start and, when semantic recall is on, offers the embedding model to the service
 * index as a {@link QueryEmbedder}. Settings that cannot work stop start-up with a message naming the keys.
 */
@Configuration(proxyBeanMethods = false)
class ModelConfiguration {

    ModelConfiguration(LlmSettings llm) {
        if (llm.provider() == LlmSettings.Provider.OLLAMA) {
            throw new IllegalStateException("polku.llm.provider=ollama is not available yet: Spring AI's Ollama"
                    + " starter does not resolve at 2.0.1. Use Ollama's OpenAI-compatible endpoint instead:"
                    + " polku.llm.provider=openai, spring.ai.openai.base-url=http://<host>:11434/v1,"
                    + " spring.ai.openai.api-key=ollama, spring.ai.openai.chat.model=<model>");
        }
    }

    @Bean
    @ConditionalOnBooleanProperty("polku.search.semantic.enabled")
    QueryEmbedder semanticSearchEmbedder(ObjectProvider<EmbeddingModel> embeddingModel) {
        EmbeddingModel model = embeddingModel.getIfUnique();
        if (model == null) {
            throw new IllegalStateException("polku.search.semantic.enabled=true needs one embedding model: set"
                    + " spring.ai.model.embedding=openai, spring.ai.openai.base-url, spring.ai.openai.api-key and"
                    + " spring.ai.openai.embedding.model");
        }
        return new EmbeddingModelQueryEmbedder(model);
    }
}
