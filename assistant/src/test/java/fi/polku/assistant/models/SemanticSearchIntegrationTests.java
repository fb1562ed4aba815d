package fi.polku.assistant.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With {@code polku.search.semantic.enabled=true} and an OpenAI-compatible embeddings endpoint (WireMock), the service
 * index embeds the catalogue at start and a search recalls a service by embedding alone. No chat model is made.
 */
@SpringBootTest(
        properties = {
            "polku.search.semantic.enabled=true",
            "spring.ai.model.embedding=openai",
            "spring.ai.openai.api-key=test-key",
            "spring.ai.openai.embedding.model=fake-multilingual",
        })
@AutoConfigureWebTestClient
class SemanticSearchIntegrationTests {

    static final WireMockServer embeddings =
            new WireMockServer(options().dynamicPort().extensions(new FakeEmbeddingsTransformer()));

    static {
        embeddings.start();
        embeddings.stubFor(post(urlPathEqualTo("/embeddings"))
                .willReturn(aResponse().withTransformers(FakeEmbeddingsTransformer.NAME)));
    }

    @DynamicPropertySource
    static void embeddingsEndpoint(DynamicPropertyRegistry registry) {
        // the 2.0 client posts to {base-url}/embeddings: no /v1 here, a real server's base-url ends in /v1
        registry.add("spring.ai.openai.base-url", embeddings::baseUrl);
    }

    @AfterAll
    static void stop() {
        embeddings.stop();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ApplicationContext context;

    @Test
    void recallsAServiceByEmbeddingThatKeywordsCannotFind() {
        try (KnowledgeBase keywordOnly = KnowledgeBase.build(ServiceCatalogue.loadBundled())) {
            assertThat(keywordOnly
                            .search(SearchRequest.of(FakeEmbeddingsTransformer.DEBT_WORD, Language.FI, 5))
                            .hits())
                    .isEmpty();
        }

        client.get()
                .uri("/api/services/search?q={q}&lang=fi", FakeEmbeddingsTransformer.DEBT_WORD)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[0].id")
                .isEqualTo("talous-ja-velkaneuvonta");

        embeddings.verify(postRequestedFor(urlPathEqualTo("/embeddings"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.input[?(@ == '" + FakeEmbeddingsTransformer.DEBT_WORD + "')]")));
        // the catalogue's texts went in batches at start-up, with the same key
        embeddings.verify(postRequestedFor(urlPathEqualTo("/embeddings"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.input[?(@ =~ /Talous- ja velkaneuvonta.*/)]")));
    }

    @Test
    void makesTheEmbeddingModelButNoChatModel() {
        assertThat(context.getBeanNamesForType(EmbeddingModel.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(ChatModel.class)).isEmpty();
    }
}
