package fi.polku.assistant.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every draft store keeps; each adapter's test class extends this suite. */
public abstract class DraftStoreContractTests {

    /** Expiry short enough for a test to wait for, long enough to save and read back first. */
    protected static final Duration SHORT_EXPIRY = Duration.ofMillis(600);

    /** A store to test. */
    protected abstract DraftStore store();

    /** The store's idea of now. */
    protected abstract Instant now();

    /** Lets the time pass for the store: a clock for memory, a real wait for Redis. */
    protected abstract void letTimePass(Duration time) throws InterruptedException;

    @Test
    void findsWhatItSavedByIdAndByCode() {
        DraftStore store = store();
        Draft draft = fullDraft("AAAAAAAAAAAAAAAAAAAAAA", "7KQ4M2XD9HBT", Duration.ofDays(7));

        StepVerifier.create(store.save(draft)).expectNext(draft).verifyComplete();
        StepVerifier.create(store.find(draft.id())).expectNext(draft).verifyComplete();
        StepVerifier.create(store.findByCode(draft.resumeCode()))
                .expectNext(draft)
                .verifyComplete();
    }

    @Test
    void findsNothingForUnknownIdOrCode() {
        DraftStore store = store();
        StepVerifier.create(store.find("unknown-id-000000000000")).verifyComplete();
        StepVerifier.create(store.findByCode("000000000000")).verifyComplete();
    }

    @Test
    void replacesADraftOnSave() {
        DraftStore store = store();
        Draft draft = emptyDraft("BBBBBBBBBBBBBBBBBBBBBB", "BBBBBBBBBBBB", Duration.ofDays(7));
        store.save(draft).block();
        Draft answered = draft.withAnswer("age", 45).withPosition("situation");

        store.save(answered).block();

        StepVerifier.create(store.find(draft.id())).expectNext(answered).verifyComplete();
        StepVerifier.create(store.findByCode(draft.resumeCode()))
                .expectNext(answered)
                .verifyComplete();
    }

    @Test
    void deletesADraftAndItsCode() {
        DraftStore store = store();
        Draft draft = emptyDraft("CCCCCCCCCCCCCCCCCCCCCC", "CCCCCCCCCCCC", Duration.ofDays(7));
        store.save(draft).block();

        StepVerifier.create(store.delete(draft.id())).expectNext(true).verifyComplete();
        StepVerifier.create(store.find(draft.id())).verifyComplete();
        StepVerifier.create(store.findByCode(draft.resumeCode())).verifyComplete();
        StepVerifier.create(store.delete(draft.id())).expectNext(false).verifyComplete();
    }

    @Test
    void forgetsADraftAndItsCodeOnceExpired() throws InterruptedException {
        DraftStore store = store();
        Draft draft = emptyDraft("DDDDDDDDDDDDDDDDDDDDDD", "DDDDDDDDDDDD", SHORT_EXPIRY);
        store.save(draft).block();
        StepVerifier.create(store.findByCode(draft.resumeCode()))
                .expectNext(draft)
                .verifyComplete();

        letTimePass(SHORT_EXPIRY.plusMillis(300));

        StepVerifier.create(store.find(draft.id())).verifyComplete();
        StepVerifier.create(store.findByCode(draft.resumeCode())).verifyComplete();
    }

    @Test
    void aLaterSaveMovesTheExpiryOn() throws InterruptedException {
        DraftStore store = store();
        Draft draft = emptyDraft("EEEEEEEEEEEEEEEEEEEEEE", "EEEEEEEEEEEE", SHORT_EXPIRY);
        store.save(draft).block();
        letTimePass(SHORT_EXPIRY.dividedBy(2));

        store.save(draft.withExpiresAt(now().plus(Duration.ofDays(7)))).block();
        letTimePass(SHORT_EXPIRY.plusMillis(300));

        assertThat(store.find(draft.id()).block()).isNotNull();
        assertThat(store.findByCode(draft.resumeCode()).block()).isNotNull();
    }

    @Test
    void keepsEveryFieldIncludingNullsTypesAndUnicode() {
        DraftStore store = store();
        Draft full = fullDraft("FFFFFFFFFFFFFFFFFFFFFF", "FFFFFFFFFFFF", Duration.ofDays(7));
        Draft empty = emptyDraft("GGGGGGGGGGGGGGGGGGGGGG", "GGGGGGGGGGGG", Duration.ofDays(7));
        store.save(full).block();
        store.save(empty).block();

        Draft foundFull = store.find(full.id()).block();
        Draft foundEmpty = store.find(empty.id()).block();

        assertThat(foundFull).isEqualTo(full);
        assertThat(foundFull.answers().get("age")).isInstanceOf(Integer.class);
        assertThat(foundFull.answers().get("registered_jobseeker")).isEqualTo(Boolean.TRUE);
        assertThat(foundFull.answers().get("support_areas")).isEqualTo(List.of("finances", "health"));
        assertThat(foundEmpty).isEqualTo(empty);
        assertThat(foundEmpty.source()).isNull();
        assertThat(foundEmpty.position()).isNull();
        assertThat(foundEmpty.screeningId()).isNull();
    }

    /** A draft with nothing answered yet. */
    protected Draft emptyDraft(String id, String code, Duration expiry) {
        Instant now = now();
        return Draft.start(id, code, Language.FI, null, now, now.plus(expiry));
    }

    /** A chat half way, in Swedish, from a partner link, with texts beyond ASCII. */
    protected Draft fullDraft(String id, String code, Duration expiry) {
        Instant now = now();
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 45);
        answers.put("registered_jobseeker", true);
        answers.put("support_areas", List.of("finances", "health"));
        answers.put("own_words", "En jaksa – åäö ”citat” 😔");
        List<DraftMessage> transcript = List.of(
                new DraftMessage(DraftMessage.ASSISTANT, "Hur gammal är du?", "age", List.of()),
                new DraftMessage(DraftMessage.RESIDENT, "fyrtiofem", "age", List.of()),
                new DraftMessage(
                        DraftMessage.ASSISTANT,
                        "Är du anmäld som arbetssökande?",
                        "registered_jobseeker",
                        List.of(new DraftMessage.Choice("yes", "Ja"), new DraftMessage.Choice("no", "Nej"))),
                new DraftMessage(
                        DraftMessage.ASSISTANT,
                        "Tack!",
                        null,
                        List.of(),
                        new DraftMessage.Choice("/result/HHHHHHHHHHHHHHHHHHHHHH", "Se ditt resultat")));
        return new Draft(
                id,
                code,
                Language.SV,
                "mieli",
                answers,
                List.of("municipality"),
                "registered_jobseeker",
                transcript,
                Map.of("registered_jobseeker", 2),
                1,
                "HHHHHHHHHHHHHHHHHHHHHH",
                Instant.parse("2026-11-22T10:15:30.123456789Z"),
                now.plus(expiry));
    }
}
