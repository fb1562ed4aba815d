package fi.polku.assistant.notifications;

import reactor.core.publisher.Mono;

/** Sends a text message; the embedded default only logs that one would be sent (see {@link LoggingSmsSender}). */
public interface SmsSender {

    /** Sends the text to a number in E.164 form. */
    Mono<Void> send(String phone, String text);
}
