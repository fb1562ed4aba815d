package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.drafts.DraftMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * The contract of every chat-stream adapter. {@link #instanceA()} and {@link #instanceB()} are the adapters of two
 * application instances: the same object in memory (one instance), two adapters on separate connections for Redis.
 */
public abstract class ChatStreamsContractTests {

    private static final Duration WAIT = Duration.ofSeconds(5);

    protected abstract ChatStreams instanceA();

    protected abstract ChatStreams instanceB();

    private static String session() {
        return UUID.randomUUID().toString();
    }

    private static DraftMessage question(String text) {
        return new DraftMessage(
                DraftMessage.ASSISTANT,
                text,
                "age",
                List.of(new DraftMessage.Choice("cmd:skip", "Ohita"), new DraftMessage.Choice("12", "12 kk")));
    }

    @Test
    void aListenerOnOneInstanceHearsTheRepliesAnsweredOnTheOtherInOrderAndUnchanged() {
        String session = session();
        DraftMessage first = new DraftMessage(
                DraftMessage.ASSISTANT,
                "Kiitos åäö 😊",
                null,
                List.of(),
                new DraftMessage.Choice("/result/x", "Tulos"));
        DraftMessage second = question("Kuinka vanha olet?");
        Flux<DraftMessage> heard = instanceB().listen(session).block(WAIT);

        StepVerifier.create(heard.take(3))
                .then(() -> instanceA().publish(session, List.of(first, second)).block(WAIT))
                .then(() -> instanceA()
                        .publish(session, List.of(question("Seuraava")))
                        .block(WAIT))
                .expectNext(first, second, question("Seuraava"))
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void everyListenerOfTheSessionHearsAndOtherSessionsDoNot() {
        String session = session();
        String other = session();
        Flux<DraftMessage> onA = instanceA().listen(session).block(WAIT);
        Flux<DraftMessage> onB = instanceB().listen(session).block(WAIT);
        Flux<DraftMessage> otherSession = instanceB().listen(other).block(WAIT);

        StepVerifier.create(Flux.merge(onA.take(1), onB.take(1), otherSession.take(1))
                        .take(Duration.ofSeconds(1)))
                .then(() ->
                        instanceA().publish(session, List.of(question("Hei"))).block(WAIT))
                .expectNext(question("Hei"), question("Hei"))
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void aMessageNobodyListensToIsNotKeptForALaterListener() {
        String session = session();
        instanceA().publish(session, List.of(question("Ei kuulijaa"))).block(WAIT);
        Flux<DraftMessage> later = instanceB().listen(session).block(WAIT);

        StepVerifier.create(later.take(Duration.ofMillis(500))).expectComplete().verify(WAIT);
        assertThat(instanceA().publish(session, List.of()).block(WAIT)).isNull();
    }
}
