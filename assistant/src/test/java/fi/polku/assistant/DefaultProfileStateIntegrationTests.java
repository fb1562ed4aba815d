package fi.polku.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.chat.memory.InMemoryChatStreams;
import fi.polku.assistant.drafts.ResumeLimiter;
import fi.polku.assistant.drafts.memory.InMemoryResumeLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The embedded default keeps its state in memory and needs no Redis: WebFlux's own web session, local streams. */
@PolkuIntegrationTest
class DefaultProfileStateIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    WebTestClient client;

    @Test
    void keepsTheWebSessionStreamsAndLimitsInThisProcess() {
        assertThat(context.getBeanNamesForType(ReactiveSessionRepository.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class))
                .isEmpty();
        assertThat(context.getBean(ChatStreams.class)).isInstanceOf(InMemoryChatStreams.class);
        assertThat(context.getBean(ResumeLimiter.class)).isInstanceOf(InMemoryResumeLimiter.class);
    }

    @Test
    void setsAnHttpOnlySameSiteSessionCookie() {
        client.get()
                .uri("/chat")
                .exchange()
                .expectHeader()
                .values(
                        "Set-Cookie",
                        cookies -> assertThat(cookies)
                                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                                .singleElement()
                                .satisfies(cookie -> assertThat(cookie)
                                        .containsIgnoringCase("HttpOnly")
                                        .containsIgnoringCase("SameSite=Lax")));
    }
}
