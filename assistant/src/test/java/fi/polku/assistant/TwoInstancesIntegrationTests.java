package fi.polku.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.screening.redis.EmbeddedRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application (the {@code redis} profile, random ports) on one real redis-server, with no
 * sticky sessions: a browser's requests alternate between them with the same cookies, as behind a load balancer.
 * What one instance was told, the other knows: the questionnaire's draft, the staff sign-in, chat replies on an
 * open stream, a held slot and the resume-code limit.
 */
class TwoInstancesIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedRedis redisServer;
    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static String a;
    private static String b;
    private static ReactiveStringRedisTemplate redis;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(WAIT)
            .build();

    @BeforeAll
    static void startTwoInstances() {
        redisServer = EmbeddedRedis.start();
        instanceA = start();
        instanceB = start();
        a = "http://127.0.0.1:" + port(instanceA);
        b = "http://127.0.0.1:" + port(instanceB);
        redis = redisServer.template();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PolkuApplication.class)
                .profiles("redis")
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.data.redis.host=127.0.0.1",
                        "--spring.data.redis.port=" + redisServer.port(),
                        "--polku.rate-limit.resume.attempts=3",
                        "--polku.staff.users.guide.password={noop}guide-secret-4711",
                        "--polku.staff.users.guide.roles=SERVICE_GUIDANCE");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stopAll() {
        instanceA.close();
        instanceB.close();
        redisServer.close();
    }

    @Test
    void aResidentAnswersTheFirstSectionOnOneInstanceAndContinuesOnTheOther() throws Exception {
        Browser browser = new Browser();
        String form = browser.get(a, "/screening/1").body();

        HttpResponse<String> saved =
                browser.post(a, "/screening/1", Map.of("_csrf", csrf(form), "age", "61", "move", "next"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/screening/2");
        assertThat(saved.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement()
                .satisfies(cookie ->
                        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> next = browser.get(b, "/screening/2");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("action=\"/screening/2\"");
        assertThat(browser.get(b, "/screening/1").body()).containsPattern("id=\"q-age\"[^>]*value=\"61\"");
        // the session in Redis holds the draft's id only, and lives as long as the draft (7 days after the last step)
        Map<String, String> session = sessionInRedis(browser.cookie("SESSION"));
        assertThat(session.keySet())
                .filteredOn(key -> key.startsWith("sessionAttr:"))
                .containsExactly("sessionAttr:polku.draft");
        assertThat(redis.getExpire(sessionKey(browser.cookie("SESSION"))).block())
                .isGreaterThan(Duration.ofDays(6));
    }

    @Test
    void aStaffMemberSignsInOnOneInstanceAndOpensTheInboxOnTheOther() throws Exception {
        Browser browser = new Browser();
        String login = browser.get(a, "/staff/login").body();

        HttpResponse<String> signedIn = browser.post(
                a, "/staff/login", Map.of("_csrf", csrf(login), "username", "guide", "password", "guide-secret-4711"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/staff");
        HttpResponse<String> inbox = browser.get(b, "/staff");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("action=\"/staff/logout\"");
        // the sign-in in Redis: no password, and the staff idle timeout (30 min) instead of the resident's 7 days
        Map<String, String> session = sessionInRedis(browser.cookie("SESSION"));
        assertThat(session.values()).noneMatch(value -> value.contains("guide-secret-4711"));
        assertThat(redis.getExpire(sessionKey(browser.cookie("SESSION"))).block())
                .isBetween(Duration.ofMinutes(25), Duration.ofMinutes(30));
        // signing out on the other instance ends it everywhere
        String csrf = csrf(inbox.body());
        assertThat(browser.post(b, "/staff/logout", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(302);
        HttpResponse<String> after = browser.get(a, "/staff");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValue("/staff/login");
    }

    @Test
    void aChatReplyAnsweredOnOneInstanceReachesTheStreamOpenOnTheOther() throws Exception {
        Map<String, Object> started = json(postJson(a, "/api/chat/sessions", "{\"lang\":\"fi\"}"));
        String sessionId = (String) started.get("sessionId");
        Flux<ServerSentEvent<Map<String, Object>>> stream = WebClient.create(b)
                .get()
                .uri("/api/chat/sessions/{id}/stream", sessionId)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {});
        AtomicReference<Map<String, Object>> reply = new AtomicReference<>();
        AtomicReference<Map<String, Object>> streamed = new AtomicReference<>();

        StepVerifier.create(stream.take(2))
                // the comment sent at once: the stream on B is listening
                .assertNext(event -> assertThat(event.comment()).isEqualTo("keep-alive"))
                .then(() -> reply.set(json(
                        postJson(a, "/api/chat/sessions/" + sessionId + "/messages", "{\"choice\":\"cmd:skip\"}"))))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("message");
                    streamed.set(event.data());
                })
                .expectComplete()
                .verify(WAIT);
        // compared after the post has returned: the streamed reply may arrive on B before A's answer is read
        assertThat(streamed.get())
                .containsEntry("text", messages(reply.get()).get(0).get("text"));
    }

    @Test
    void holdsTakenOnEitherInstanceFillOneSlotsCapacity() throws Exception {
        String query = "/api/slots?target=SERVICE_GUIDANCE&municipality=vaasa&days=30";
        // two free slots at different times (the channels of one time share its capacity)
        List<String> free = slots(a, query).stream()
                .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                .collect(Collectors.toMap(
                        slot -> slot.get("start"), slot -> (String) slot.get("id"), (x, y) -> x, LinkedHashMap::new))
                .values()
                .stream()
                .limit(2)
                .toList();
        // the capacity (staff on duty) as one instance sees it: holds on A until A refuses
        int capacity = holdsUntilRefused(free.get(0), List.of(a));

        int alternating = holdsUntilRefused(free.get(1), List.of(a, b));

        assertThat(capacity).isPositive();
        assertThat(alternating).isEqualTo(capacity);
        assertThat(postJson(a, "/api/slots/" + free.get(1) + "/holds", "").statusCode())
                .isEqualTo(409);
        for (String instance : List.of(a, b)) {
            assertThat(slots(instance, query))
                    .filteredOn(slot -> free.get(1).equals(slot.get("id")))
                    .singleElement()
                    .satisfies(slot -> assertThat(slot.get("available")).isEqualTo(false));
        }
    }

    /** Takes holds on the slot through the instances in turn until one answers 409; how many were taken. */
    private int holdsUntilRefused(String slotId, List<String> instances) {
        for (int taken = 0; taken < 10; taken++) {
            int status = postJson(instances.get(taken % instances.size()), "/api/slots/" + slotId + "/holds", "")
                    .statusCode();
            if (status == 409) {
                return taken;
            }
            assertThat(status).isEqualTo(201);
        }
        throw new AssertionError("a slot took 10 holds");
    }

    @Test
    void resumeCodeAttemptsOnBothInstancesCountAgainstOneLimit() throws Exception {
        Browser browser = new Browser();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String instance = i % 2 == 0 ? a : b;
            String page = browser.get(instance, "/screening").body();
            HttpResponse<String> tried = browser.post(
                    instance, "/screening/resume", Map.of("_csrf", csrf(page), "code", "0000-0000-000" + i));
            answers.add(tried.headers().firstValue("Location").orElse(""));
        }

        // three attempts per client (this test's limit), taken alternately on A and B
        assertThat(answers)
                .containsExactly(
                        "/screening?resume=not-found",
                        "/screening?resume=not-found",
                        "/screening?resume=not-found",
                        "/screening?resume=too-many");
    }

    private List<Map<String, Object>> slots(String instance, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(instance + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots =
                (List<Map<String, Object>>) json(response).get("slots");
        return slots;
    }

    /** A JSON call without cookies, as the API's clients make it. */
    private HttpResponse<String> postJson(String instance, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance + path))
                .header("Content-Type", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(WAIT)
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return JSON.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> response) {
        return (List<Map<String, Object>>) response.get("messages");
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF field in the page").isTrue();
        return matcher.group(1);
    }

    private static String sessionKey(String sessionId) {
        return "polku:session:sessions:" + sessionId;
    }

    private static Map<String, String> sessionInRedis(String sessionId) {
        Map<String, String> hash = new LinkedHashMap<>();
        redis.opsForHash()
                .entries(sessionKey(sessionId))
                .doOnNext(entry -> hash.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue())))
                .blockLast(WAIT);
        assertThat(hash).as("the session in Redis").isNotEmpty();
        return hash;
    }

    /** One browser: its cookies go to whichever instance it asks, as through a load balancer on one address. */
    private final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String instance, String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(instance + path)).GET());
        }

        HttpResponse<String> post(String instance, String path, Map<String, String> form)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(instance + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        String cookie(String name) {
            assertThat(cookies).containsKey(name);
            return cookies.get(name);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response =
                    http.send(request.timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String name = pair.substring(0, equals);
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || header.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }
}
