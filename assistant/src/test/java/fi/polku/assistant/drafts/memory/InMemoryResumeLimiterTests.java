package fi.polku.assistant.drafts.memory;

import fi.polku.assistant.drafts.RateLimitSettings;
import fi.polku.assistant.drafts.ResumeLimiter;
import fi.polku.assistant.drafts.ResumeLimiterContractTests;
import java.util.IdentityHashMap;
import java.util.Map;

/** The in-memory limiter against the shared contract; one instance, so the "other instance" is the same object. */
class InMemoryResumeLimiterTests extends ResumeLimiterContractTests {

    private final Map<RateLimitSettings, ResumeLimiter> limiters = new IdentityHashMap<>();

    @Override
    protected ResumeLimiter instance(RateLimitSettings settings) {
        return limiters.computeIfAbsent(settings, InMemoryResumeLimiter::new);
    }

    @Override
    protected ResumeLimiter otherInstance(RateLimitSettings settings) {
        return instance(settings);
    }
}
