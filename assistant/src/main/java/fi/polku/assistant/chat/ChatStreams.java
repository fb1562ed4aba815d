package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.DraftMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Live assistant messages per chat session for {@code GET .../stream}. A session has a sink only while someone
 * listens; messages of a session nobody listens to are not kept (the transcript in the draft has them). The sinks
 * live in this process: with several instances a listener hears the replies its own instance produces.
 */
@Component
class ChatStreams {

    private static final Sinks.EmitFailureHandler RETRY_BRIEFLY =
            Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200));

    private final Map<String, Sinks.Many<DraftMessage>> sinks = new ConcurrentHashMap<>();

    /** The session's messages from now on. */
    Flux<DraftMessage> listen(String sessionId) {
        Sinks.Many<DraftMessage> sink =
                sinks.computeIfAbsent(sessionId, id -> Sinks.many().multicast().directBestEffort());
        return sink.asFlux().doFinally(signal -> {
            if (sink.currentSubscriberCount() == 0) {
                sinks.remove(sessionId, sink);
            }
        });
    }

    /** Sends the messages to whoever listens to the session. */
    void publish(String sessionId, List<DraftMessage> messages) {
        Sinks.Many<DraftMessage> sink = sinks.get(sessionId);
        if (sink != null) {
            messages.forEach(message -> sink.emitNext(message, RETRY_BRIEFLY));
        }
    }

    /** How many sessions have listeners; for tests. */
    int listened() {
        return sinks.size();
    }
}
