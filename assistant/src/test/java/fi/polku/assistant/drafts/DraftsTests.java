package fi.polku.assistant.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.drafts.memory.InMemoryDrafts;
import fi.polku.assistant.drafts.memory.InMemoryResumeLimiter;
import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Starting, saving and resuming drafts, with the resume limit on and off. */
class DraftsTests {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private Drafts drafts(boolean limited) {
        RateLimitSettings limits =
                new RateLimitSettings(limited, new RateLimitSettings.Limit(3, Duration.ofMinutes(15)));
        return new Drafts(
                new InMemoryDrafts(clock),
                new RandomIds(),
                new ResumeCodes(),
                new InMemoryResumeLimiter(limits),
                new DraftSettings(Duration.ofDays(7)),
                clock);
    }

    @Test
    void startsAnEmptyDraftThatExpiresWithTheSettings() {
        Draft draft = drafts(true).start(Language.SV, "mieli").block();

        assertThat(draft).isNotNull();
        assertThat(RandomIds.looksLikeId(draft.id())).isTrue();
        assertThat(draft.resumeCode()).hasSize(12);
        assertThat(draft.language()).isEqualTo(Language.SV);
        assertThat(draft.source()).isEqualTo("mieli");
        assertThat(draft.answers()).isEmpty();
        assertThat(draft.createdAt()).isEqualTo(NOW);
        assertThat(draft.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void resumesByTheCodeAsTypedFromPaper() {
        Drafts drafts = drafts(true);
        Draft draft = drafts.start(Language.FI, null).block();
        drafts.save(draft.withAnswer("age", 45)).block();
        String typed = ResumeCodes.display(draft.resumeCode()).toLowerCase().replace('-', ' ');

        Draft resumed = drafts.resume(typed, "client-a").block();

        assertThat(resumed).isNotNull();
        assertThat(resumed.id()).isEqualTo(draft.id());
        assertThat(resumed.answers()).containsEntry("age", 45);
    }

    @Test
    void refusesTheFourthAttemptOfAClientButNotOthers() {
        Drafts drafts = drafts(true);
        Draft draft = drafts.start(Language.FI, null).block();
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(drafts.resume("0000-0000-0000", "client-a")).verifyComplete();
        }

        StepVerifier.create(drafts.resume(draft.resumeCode(), "client-a")).verifyError(TooManyAttempts.class);
        StepVerifier.create(drafts.resume(draft.resumeCode(), "client-b"))
                .expectNextCount(1)
                .verifyComplete();
    }

    @Test
    void limitsNothingWhenRateLimitsAreOff() {
        Drafts drafts = drafts(false);
        for (int i = 0; i < 20; i++) {
            StepVerifier.create(drafts.resume("0000-0000-0000", "client-a")).verifyComplete();
        }
    }

    @Test
    void findsNothingForIdsOfTheWrongShape() {
        StepVerifier.create(drafts(true).find("x")).verifyComplete();
        StepVerifier.create(drafts(true).resume("not a code", "client-a")).verifyComplete();
    }
}
