package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.DraftMessage;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live assistant messages per chat session for {@code GET .../stream}: a message answered by any instance reaches a
 * stream open on any instance (in memory for the embedded default, Redis pub/sub under the {@code redis} profile).
 * Nothing is kept for a session nobody listens to; the draft's transcript has every message.
 */
public interface ChatStreams {

    /** The session's messages from the moment the returned Mono emits, when the subscription is in place. */
    Mono<Flux<DraftMessage>> listen(String sessionId);

    /** Sends the messages, in order, to whoever listens to the session. */
    Mono<Void> publish(String sessionId, List<DraftMessage> messages);
}
