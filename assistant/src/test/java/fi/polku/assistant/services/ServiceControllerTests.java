package fi.polku.assistant.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import fi.polku.assistant.Problems;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.knowledge.catalogue.Channel;
import fi.polku.knowledge.catalogue.ServiceCatalogue;
import fi.polku.knowledge.catalogue.ServiceDescription;
import fi.polku.knowledge.catalogue.ServiceText;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.SearchHit;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.knowledge.search.SearchResults;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.instrument.Municipality;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The service endpoints in a web slice over a mocked knowledge base: parameters, languages, 404. */
// a controller slice without the security chains: they are tested with the started application
@WebFluxTest(
        controllers = ServiceController.class,
        excludeAutoConfiguration = {
            ReactiveWebSecurityAutoConfiguration.class,
            ReactiveUserDetailsServiceAutoConfiguration.class
        })
@Import({SearchParameters.class, ApiMessages.class})
class ServiceControllerTests {

    @Autowired
    WebTestClient client;

    @MockitoBean
    CurrentKnowledgeBase currentKnowledgeBase;

    @MockitoBean
    CurrentRules currentRules;

    private final KnowledgeBase knowledgeBase = mock(KnowledgeBase.class);
    private final RuleBook ruleBook = mock(RuleBook.class);

    @BeforeEach
    void knowsOneService() {
        given(currentRules.get()).willReturn(ruleBook);
        given(ruleBook.municipalities())
                .willReturn(new Municipalities(List.of(
                        new Municipality("vaasa", "905", "Vaasa", "Vasa"),
                        new Municipality("other", null, "Muu", "Annan"))));
        given(currentKnowledgeBase.get()).willReturn(knowledgeBase);
        given(knowledgeBase.catalogue()).willReturn(ServiceCatalogue.of(List.of(workTrial())));
        given(knowledgeBase.search(any()))
                .willReturn(new SearchResults(
                        "työkokeilu",
                        List.of(new SearchHit("tyokokeilu", "Työkokeilu", "<mark>Työkokeilu</mark>", 1.5))));
    }

    @Test
    void searchesWithTheDefaultLimitAndPassesTheFilters() {
        client.get()
                .uri("/api/services/search?q=työkokeilu&lang=sv&municipality=Vaasa&segment=work_ability_team")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.query")
                .isEqualTo("työkokeilu")
                .jsonPath("$.results[0].id")
                .isEqualTo("tyokokeilu")
                .jsonPath("$.results[0].snippet")
                .isEqualTo("<mark>Työkokeilu</mark>")
                .jsonPath("$.results[0].score")
                .isEqualTo(1.5);

        ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
        org.mockito.Mockito.verify(knowledgeBase).search(request.capture());
        assertThat(request.getValue())
                .isEqualTo(new SearchRequest("työkokeilu", Language.SV, 10, "vaasa", Segment.WORK_ABILITY_TEAM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "abc"})
    void rejectsALimitOutsideOneToFifty(String limit) {
        client.get()
                .uri("/api/services/search?q=apu&lang=en&limit={limit}", limit)
                .exchange()
                .expectAll(Problems.naming(400, "limit", "The number of results must be a whole number from 1 to 50."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsABlankQuery(String q) {
        client.get()
                .uri("/api/services/search?q={q}&lang=sv", q)
                .exchange()
                .expectAll(Problems.naming(400, "q", "Skriv ett sökord."));
    }

    @Test
    void answersAnUnexpectedFailureWithA500ProblemWithoutDetails() {
        given(knowledgeBase.search(any())).willThrow(new IllegalStateException("index broken at /secret/path"));

        client.get()
                .uri("/api/services/search?q=apu&lang=en")
                .exchange()
                .expectStatus()
                .isEqualTo(500)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Something went wrong. Please try again in a moment.")
                .jsonPath("$.errors")
                .isEmpty()
                .jsonPath("$.trace")
                .doesNotExist()
                .consumeWith(result -> assertThat(new String(result.getResponseBody()))
                        .doesNotContain("secret")
                        .doesNotContain("IllegalState"));
    }

    @Test
    void describesAServiceInTheAskedLanguage() {
        client.get()
                .uri("/api/services/tyokokeilu?lang=sv")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("""
                        {"id":"tyokokeilu","language":"sv","title":"Arbetsprövning","summary":"Pröva ett arbete.",
                         "descriptionHtml":"<p>Sv</p>","providerType":"employment_services","targetGroups":["arbetssökande"],
                         "municipalities":["nationwide"],
                         "channels":[{"type":"web","label":"Jobbmarknaden","value":"https://tyomarkkinatori.fi"}],
                         "checked":"2026-11-22"}
                        """);
    }

    @Test
    void fallsBackToFinnishWhenTheLanguageIsMissing() {
        client.get()
                .uri("/api/services/tyokokeilu?lang=en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.language")
                .isEqualTo("fi")
                .jsonPath("$.title")
                .isEqualTo("Työkokeilu")
                .jsonPath("$.channels[0].label")
                .isEqualTo("Job Market Finland");
    }

    @Test
    void answers404ForAnUnknownService() {
        client.get()
                .uri("/api/services/no-such-service?lang=en")
                .exchange()
                .expectAll(Problems.naming(404, "id", "The service was not found."));
    }

    private static ServiceDescription workTrial() {
        return new ServiceDescription(
                "tyokokeilu",
                "employment_services",
                List.of("nationwide"),
                Set.of(Segment.SERVICE_GUIDANCE),
                Set.of("job_search"),
                Set.of("skills"),
                BookingTarget.SERVICE_GUIDANCE,
                List.of(new Channel(
                        "web",
                        "https://tyomarkkinatori.fi",
                        Map.of(
                                Language.FI,
                                "Työmarkkinatori",
                                Language.SV,
                                "Jobbmarknaden",
                                Language.EN,
                                "Job Market Finland"))),
                "2026-11-22",
                Map.of(
                        Language.FI, text(Language.FI, "Työkokeilu", "Kokeile työtä.", "<p>Fi</p>", "työnhakijat"),
                        Language.SV,
                                text(Language.SV, "Arbetsprövning", "Pröva ett arbete.", "<p>Sv</p>", "arbetssökande")),
                "bundled");
    }

    private static ServiceText text(Language language, String title, String summary, String html, String group) {
        return new ServiceText(language, title, summary, "md", html, List.of(group), List.of(), List.of());
    }
}
