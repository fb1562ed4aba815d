package fi.polku.assistant.screening.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.chat.redis.RedisChatStreams;
import fi.polku.assistant.drafts.ResumeLimiter;
import fi.polku.assistant.drafts.redis.RedisResumeLimiter;
import fi.polku.assistant.figures.FigureStore;
import fi.polku.assistant.figures.redis.RedisFigures;
import fi.polku.assistant.screening.ScreeningStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The {@code redis} profile keeps screenings in Redis: POST, GET and DELETE through the API on a real server. */
@SpringBootTest
@AutoConfigureWebTestClient
@ActiveProfiles("redis")
class RedisProfileIntegrationTests {

    private static final EmbeddedRedis REDIS = EmbeddedRedis.start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", REDIS::port);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ScreeningStore store;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void keepsScreeningsInRedis() {
        assertThat(store).isInstanceOf(RedisScreenings.class);
        Map<String, Object> created = client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"lang\":\"sv\",\"answers\":{\"age\":30,\"own_words\":\"Hej åäö 😊\"}}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        String id = (String) created.get("id");
        assertThat(redis.hasKey("polku:screening:" + id).block()).isTrue();

        client.get()
                .uri("/api/screenings/{id}?lang=sv", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .isEqualTo(created);

        client.delete()
                .uri("/api/screenings/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();
        assertThat(redis.hasKey("polku:screening:" + id).block()).isFalse();
        client.get().uri("/api/screenings/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Autowired
    ApplicationContext context;

    @Test
    void sharesTheWebSessionChatStreamsAndResumeLimitsThroughRedis() {
        assertThat(context.getBean(ReactiveSessionRepository.class)).isInstanceOf(ReactiveRedisSessionRepository.class);
        assertThat(context.getBean(ChatStreams.class)).isInstanceOf(RedisChatStreams.class);
        assertThat(context.getBean(ResumeLimiter.class)).isInstanceOf(RedisResumeLimiter.class);
    }

    @Test
    void countsFiguresInRedis() {
        assertThat(context.getBean(FigureStore.class)).isInstanceOf(RedisFigures.class);
        String today = "polku:figures:" + LocalDate.now(FigureStore.ZONE);
        Object before = redis.<Object, Object>opsForHash()
                .get(today, "direct|screenings")
                .block();

        client.post()
                .uri("/api/screenings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"answers\":{\"age\":52}}")
                .exchange()
                .expectStatus()
                .isCreated();

        long counted = Long.parseLong(String.valueOf(redis.<Object, Object>opsForHash()
                .get(today, "direct|screenings")
                .block()));
        assertThat(counted).isEqualTo(before == null ? 1 : Long.parseLong(String.valueOf(before)) + 1);
        assertThat(redis.<Object, Object>opsForHash()
                        .get(today, "direct|screenings.age.FROM_50")
                        .block())
                .isNotNull();
        assertThat(redis.getExpire(today).block()).isGreaterThan(Duration.ofDays(399));
    }

    @Test
    void reportsHealthUpWithRedis() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
