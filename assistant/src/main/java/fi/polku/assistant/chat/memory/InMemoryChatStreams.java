package fi.polku.assistant.chat.memory;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.drafts.DraftMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Chat streams within this process (the embedded default, one instance): a sink per session while someone listens. */
@Component
@Profile("!redis")
public class InMemoryChatStreams implements ChatStreams {

    private static final Sinks.EmitFailureHandler RETRY_BRIEFLY =
            Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(200));

    private final Map<String, Sinks.Many<DraftMessage>> sinks = new ConcurrentHashMap<>();

    @Override
    public Mono<Flux<DraftMessage>> listen(String sessionId) {
        return Mono.fromSupplier(() -> {
            Sinks.Many<DraftMessage> sink = sinks.computeIfAbsent(
                    sessionId, id -> Sinks.many().multicast().directBestEffort());
            return sink.asFlux().doFinally(signal -> {
                if (sink.currentSubscriberCount() == 0) {
                    sinks.remove(sessionId, sink);
                }
            });
        });
    }

    @Override
    public Mono<Void> publish(String sessionId, List<DraftMessage> messages) {
        return Mono.fromRunnable(() -> {
            Sinks.Many<DraftMessage> sink = sinks.get(sessionId);
            if (sink != null) {
                messages.forEach(message -> sink.emitNext(message, RETRY_BRIEFLY));
            }
        });
    }

    /** How many sessions have listeners; for tests. */
    int listened() {
        return sinks.size();
    }
}
