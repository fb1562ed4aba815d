package fi.polku.assistant.drafts;

import reactor.core.publisher.Mono;

/**
 * Limits resume-code attempts per client with Bucket4j token buckets: in this process for the embedded default, in
 * Redis under the {@code redis} profile, so that several instances share one limit per client.
 */
public interface ResumeLimiter {

    /** Takes one attempt from the client's bucket; false when the client has used them all for now. */
    Mono<Boolean> tryAttempt(String client);
}
