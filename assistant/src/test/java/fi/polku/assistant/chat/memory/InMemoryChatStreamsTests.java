package fi.polku.assistant.chat.memory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.chat.ChatStreamsContractTests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-memory streams against the shared contract: one instance, so A and B are the same object. */
class InMemoryChatStreamsTests extends ChatStreamsContractTests {

    private final InMemoryChatStreams streams = new InMemoryChatStreams();

    @Override
    protected ChatStreams instanceA() {
        return streams;
    }

    @Override
    protected ChatStreams instanceB() {
        return streams;
    }

    @Test
    void forgetsASessionWhenItsLastListenerLeaves() {
        streams.listen("s").block().take(Duration.ofMillis(50)).blockLast();

        assertThat(streams.listened()).isZero();
    }
}
