package fi.polku.assistant.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import fi.polku.assistant.Problems;
import fi.polku.assistant.partners.Partners;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.segmentation.Language;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The screening endpoints in a web slice: the JSON shape, raw answer types, languages and errors. */
// a controller slice without the security chains: they are tested with the started application
@WebFluxTest(
        controllers = ScreeningController.class,
        excludeAutoConfiguration = {
            ReactiveWebSecurityAutoConfiguration.class,
            ReactiveUserDetailsServiceAutoConfiguration.class
        })
@Import({Partners.class, ApiMessages.class})
class ScreeningControllerTests {

    @Autowired
    WebTestClient client;

    @MockitoBean
    Screenings screenings;

    @MockitoBean
    CurrentRules rules;

    @Test
    void answersTheResultWithAnExplicitNullBookingTarget() {
        Screening crisis = ScreeningStoreContractTests.crisisScreening("AAAAAAAAAAAAAAAAAAAAAA");
        given(screenings.screen(anyMap(), eq(Language.SV), any())).willReturn(Mono.just(crisis));

        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"sv\",\"answers\":{\"urgent_concern\":true}}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .json("""
                        {"id":"AAAAAAAAAAAAAAAAAAAAAA","segment":"URGENT_HELP","bookingTarget":null,
                         "reasons":[{"rule":"crisis-first","text":"Krishjälp först – ”nu”.","facts":["crisis"]}],
                         "profile":{"items":{},"areas":{"overall":null,"body":null,"mind":5.0,"everyday_life":5.5,
                                    "skills":null,"inclusion":6.0}},
                         "services":[{"id":"kriisiapu","title":"Kris­hjälp","why":"Eftersom du svarade så."}],
                         "crisis":true,"rulesVersion":"1.0.0+9f3c2a1"}
                        """, org.springframework.test.json.JsonCompareMode.STRICT);
    }

    @Test
    void passesTheAnswersWithTheirRawJsonTypes() {
        given(screenings.screen(anyMap(), any(), any())).willReturn(Mono.empty());

        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"answers":{"a":45,"b":"45","c":45.5,"d":45.0,"e":true,"f":null,"g":["x"],
                                    "h":12345678901,"i":123456789012345678901234567890}}
                        """)
                .exchange();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, ?>> answers = ArgumentCaptor.forClass(Map.class);
        verify(screenings).screen(answers.capture(), eq(Language.FI), eq(null));
        Map<String, ?> raw = answers.getValue();
        assertThat(raw.get("a")).isEqualTo(45);
        assertThat(raw.get("b")).isEqualTo("45");
        assertThat(raw.get("c")).isEqualTo(45.5);
        assertThat(raw.get("d")).isInstanceOf(Double.class).isEqualTo(45.0);
        assertThat(raw.get("e")).isEqualTo(true);
        assertThat(raw.containsKey("f")).isTrue();
        assertThat(raw.get("f")).isNull();
        assertThat(raw.get("g")).isEqualTo(List.of("x"));
        assertThat(raw.get("h")).isEqualTo(12345678901L);
        assertThat(raw.get("i")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void recordsAnUnknownPartnerAsOther() {
        given(screenings.screen(anyMap(), any(), any())).willReturn(Mono.empty());

        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{},\"source\":\"Somebody\"}")
                .exchange();

        verify(screenings).screen(anyMap(), eq(Language.FI), eq("other"));
    }

    @Test
    void namesTheMissingAnswersInTheBodyLanguage() {
        client.post()
                .uri("/api/screenings?lang=en")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"sv\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Felaktig begäran")
                .jsonPath("$.errors[0].field")
                .isEqualTo("answers")
                .jsonPath("$.errors[0].message")
                .isEqualTo("Svaren saknas: skicka ett answers-objekt (det får vara tomt).");
        verifyNoInteractions(screenings);
    }

    @Test
    void rejectsMalformedJsonNamingTheBody() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":")
                .exchange()
                .expectAll(Problems.naming(400, "body"));
    }

    @Test
    void rejectsAFormPostWith415() {
        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("answers=1")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownScreeningWith404InTheAskedLanguage() {
        given(screenings.find("BBBBBBBBBBBBBBBBBBBBBB")).willReturn(Mono.empty());

        client.get()
                .uri("/api/screenings/BBBBBBBBBBBBBBBBBBBBBB?lang=sv")
                .exchange()
                .expectAll(
                        Problems.naming(404, "id", "Bedömningen hittades inte. Den kan ha gått ut eller tagits bort."));
    }

    @Test
    void rendersAStoredResultInTheAskedLanguage() {
        Screening team = ScreeningStoreContractTests.teamScreening("CCCCCCCCCCCCCCCCCCCCCC");
        given(screenings.find(team.id())).willReturn(Mono.just(team));

        client.get()
                .uri("/api/screenings/{id}?lang=en", team.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reasons[0].text")
                .isEqualTo("You meet.")
                .jsonPath("$.services[0].title")
                .isEqualTo("Work trial")
                .jsonPath("$.bookingTarget")
                .isEqualTo("WORK_ABILITY_TEAM");
    }

    @Test
    void deletesIdempotently() {
        given(screenings.delete(any())).willReturn(Mono.just(false));

        client.delete()
                .uri("/api/screenings/DDDDDDDDDDDDDDDDDDDDDD")
                .exchange()
                .expectStatus()
                .isNoContent();
    }
}
