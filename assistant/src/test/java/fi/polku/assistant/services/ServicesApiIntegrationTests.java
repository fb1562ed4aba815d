package fi.polku.assistant.services;

import fi.polku.assistant.PolkuIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service endpoints over the bundled catalogue: hostile queries never give a 500. */
@PolkuIntegrationTest
class ServicesApiIntegrationTests {

    @Autowired
    WebTestClient client;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"",
                "AND OR NOT",
                "*",
                "\\",
                "title:(",
                "\u0000\u001f",
                "työ\u0000kokeilu",
                "😀🚀 apua",
                "((((((((((",
                "~1 ^2 [a TO z] {x}",
                "fi:työ sv:arbete",
                "<script>alert(1)</script>",
            })
    void neverFailsOnHostileText(String q) {
        client.get()
                .uri("/api/services/search?q={q}&lang=fi", q)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results")
                .isArray();
    }

    @Test
    void searchesTenThousandCharactersByTheirHead() {
        client.get()
                .uri("/api/services/search?q={q}", "työkokeilu apua velat ".repeat(455))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[*].id")
                .value(ids -> org.assertj.core.api.Assertions.assertThat(ids.toString())
                        .contains("tyokokeilu", "talous-ja-velkaneuvonta"));
    }

    @Test
    void neverFailsOnTenThousandNonAsciiCharacters() {
        // percent-encoded, this is a 67 KB request line: it must reach the application, not stop in the server
        client.get()
                .uri("/api/services/search?q={q}", "äö😀 ".repeat(2_500))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void answersNoResultsForAQueryThatAnalysesToNothing() {
        client.get()
                .uri("/api/services/search?q={q}", "!!! ???")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results")
                .isEmpty();
    }

    @Test
    void findsTheWorkTrialFromFinnishText() {
        client.get()
                .uri("/api/services/search?q={q}&lang=sv&limit=5", "työkokeilua")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.results[0].id")
                .isEqualTo("tyokokeilu")
                .jsonPath("$.results.length()")
                .value(length -> org.assertj.core.api.Assertions.assertThat((Integer) length)
                        .isBetween(1, 5));
    }

    @Test
    void describesABundledServiceInEachLanguage() {
        for (String lang : new String[] {"fi", "sv", "en"}) {
            client.get()
                    .uri("/api/services/tyokokeilu?lang={lang}", lang)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.id")
                    .isEqualTo("tyokokeilu")
                    .jsonPath("$.descriptionHtml")
                    .isNotEmpty()
                    .jsonPath("$.channels")
                    .isArray();
        }
    }

    @Test
    void answers404ForAnUnknownService() {
        client.get()
                .uri("/api/services/no-such-service")
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
