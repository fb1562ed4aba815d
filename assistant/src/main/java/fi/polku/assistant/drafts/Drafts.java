package fi.polku.assistant.drafts;

import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Unfinished questionnaires and chats: start one, find it by id (pages keep the id in the web session under {@link
 * #SESSION_ATTRIBUTE}), save it after each step (which moves its expiry on) and resume it elsewhere by its code.
 */
@Service
public class Drafts {

    /** The web-session attribute holding the id of the resident's draft; the questionnaire and the chat share it. */
    public static final String SESSION_ATTRIBUTE = "polku.draft";

    private final DraftStore store;
    private final RandomIds ids;
    private final ResumeCodes codes;
    private final ResumeLimiter limiter;
    private final DraftSettings settings;
    private final Clock clock;

    Drafts(
            DraftStore store,
            RandomIds ids,
            ResumeCodes codes,
            ResumeLimiter limiter,
            DraftSettings settings,
            Clock clock) {
        this.store = store;
        this.ids = ids;
        this.codes = codes;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new empty draft, saved. */
    public Mono<Draft> start(Language language, @Nullable String source) {
        Instant now = clock.instant();
        return store.save(Draft.start(ids.next(), codes.next(), language, source, now, now.plus(settings.expiry())));
    }

    /** The draft, or empty when unknown or expired. */
    public Mono<Draft> find(String id) {
        return RandomIds.looksLikeId(id) ? store.find(id) : Mono.empty();
    }

    /** Saves the draft; it is kept for the expiry from now. */
    public Mono<Draft> save(Draft draft) {
        return store.save(draft.withExpiresAt(clock.instant().plus(settings.expiry())));
    }

    /**
     * The draft with the code the resident typed (any case, dashes or spaces), or empty when no live draft has it.
     * Each attempt counts against the client's limit; over it the Mono fails with {@link TooManyAttempts}.
     *
     * @param client who is trying, e.g. the remote address
     */
    public Mono<Draft> resume(String typedCode, String client) {
        return limiter.tryAttempt(client)
                .flatMap(allowed -> allowed
                        ? ResumeCodes.normalise(typedCode)
                                .map(store::findByCode)
                                .orElseGet(Mono::empty)
                        : Mono.error(new TooManyAttempts()));
    }

    /** How long a draft is kept after its last change. */
    public Duration expiry() {
        return settings.expiry();
    }

    /** Forgets the draft and its code now (delete my data, or a screening was made from it). */
    public Mono<Boolean> delete(String id) {
        return RandomIds.looksLikeId(id) ? store.delete(id) : Mono.just(false);
    }
}
