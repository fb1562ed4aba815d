package fi.polku.assistant.models;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.knowledge.semantic.QueryEmbedder;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Model settings that cannot work stop start-up with a message naming the keys; none is the default. */
class ModelConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({LlmSettings.class, SemanticSearchSettings.class})
    static class Settings {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Settings.class, ModelConfiguration.class);

    @Test
    void offersNoEmbedderByDefault() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(QueryEmbedder.class);
            assertThat(context.getBean(LlmSettings.class).provider()).isEqualTo(LlmSettings.Provider.NONE);
        });
    }

    @Test
    void refusesSemanticSearchWithoutAnEmbeddingModel() {
        runner.withPropertyValues("polku.search.semantic.enabled=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("polku.search.semantic.enabled")
                        .hasMessageContaining("spring.ai.model.embedding=openai"));
    }

    @Test
    void adaptsTheEmbeddingModelWhenSemanticSearchIsOn() {
        EmbeddingModel model = org.mockito.Mockito.mock(EmbeddingModel.class);
        org.mockito.Mockito.when(model.embed("apua")).thenReturn(new float[] {0.5f, 0.5f});
        runner.withPropertyValues("polku.search.semantic.enabled=true")
                .withBean(EmbeddingModel.class, () -> model)
                .run(context -> assertThat(context.getBean(QueryEmbedder.class).embed("apua"))
                        .containsExactly(0.5f, 0.5f));
    }

    @Test
    void explainsHowToReachOllamaMeanwhile() {
        runner.withPropertyValues("polku.llm.provider=ollama")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("polku.llm.provider=ollama")
                        .hasMessageContaining("11434/v1"));
    }

    @Test
    void rejectsAnUnknownProviderNamingTheKey() {
        runner.withPropertyValues("polku.llm.provider=opneai")
                .run(context -> assertThat(context).getFailure().hasMessageContaining("polku.llm"));
    }
}
