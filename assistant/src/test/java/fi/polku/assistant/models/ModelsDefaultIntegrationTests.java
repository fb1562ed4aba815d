package fi.polku.assistant.models;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.PolkuIntegrationTest;
import fi.polku.knowledge.semantic.QueryEmbedder;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.image.ImageModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The embedded default starts with no model at all and no api-key, and search runs on keywords only. */
@PolkuIntegrationTest
class ModelsDefaultIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void hasNoModelBeans() {
        assertThat(context.getBeanNamesForType(ChatModel.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EmbeddingModel.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ImageModel.class)).isEmpty();
        assertThat(context.getBeanNamesForType(QueryEmbedder.class)).isEmpty();
    }
}
