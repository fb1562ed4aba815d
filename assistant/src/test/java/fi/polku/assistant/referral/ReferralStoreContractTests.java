package fi.polku.assistant.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every referral store and audit log keeps; each adapter's test class extends this suite. */
public abstract class ReferralStoreContractTests {

    protected static final Duration SHORT = Duration.ofMillis(600);
    protected static final Duration LONG = Duration.ofDays(90);

    protected abstract ReferralStore store();

    protected abstract AuditLog audit();

    protected abstract void letTimePass(Duration time) throws InterruptedException;

    /** A Vaasa team referral with nulls where allowed and texts beyond ASCII. */
    public static Referral referral(String id, String bookingId, Instant createdAt) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("age", 45);
        answers.put("municipality", "vaasa");
        answers.put("support_areas", List.of("health", "finances"));
        answers.put("own_words", "Selkä on kipeä – jaksaminen 😔");
        Map<String, @Nullable Double> areas = new LinkedHashMap<>();
        areas.put("overall", 3.0);
        areas.put("skills", null);
        return new Referral(
                id,
                bookingId,
                BookingTarget.WORK_ABILITY_TEAM,
                "vaasa",
                ReferralStatus.NEW,
                createdAt,
                null,
                Language.SV,
                null,
                true,
                "WORK_ABILITY_TEAM",
                List.of(new Referral.ReasonText(
                        "team-ready",
                        Map.of(Language.FI, "Tiimi", Language.SV, "Teamet"),
                        List.of("long_unemployment"))),
                "1.0.0+abc",
                answers,
                Map.of("work_ability", 3),
                areas,
                Map.of(Language.FI, List.of(new Referral.ServiceText("tyokokeilu", "Työkokeilu", "Koska"))),
                new Referral.Appointment(
                        "vaasa-team",
                        Instant.parse("2026-12-02T07:00:00Z"),
                        Instant.parse("2026-12-02T08:00:00Z"),
                        Channel.VISIT,
                        false,
                        Map.of(Language.FI, "Vaasan työkykytiimi"),
                        Map.of(Language.FI, "Pitkäkatu 40")),
                new Contact("Åsa Öhman", "+358401234567", null, "sv", null, null, null),
                null,
                List.of("income_and_benefits", "housing"),
                List.of());
    }

    @Test
    void findsWhatItSavedByIdAndByBooking() {
        ReferralStore store = store();
        Referral referral =
                referral("AAAAAAAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBBBBBBB", Instant.parse("2026-11-22T10:00:00Z"));

        StepVerifier.create(store.save(referral, LONG)).expectNext(referral).verifyComplete();
        StepVerifier.create(store.find(referral.id())).expectNext(referral).verifyComplete();
        StepVerifier.create(store.findByBooking(referral.bookingId()))
                .expectNext(referral)
                .verifyComplete();
        StepVerifier.create(store.find("CCCCCCCCCCCCCCCCCCCCCC")).verifyComplete();
    }

    @Test
    void listsLiveReferralsNewestFirstAndForgetsExpiredOnes() throws InterruptedException {
        ReferralStore store = store();
        Referral old = referral("DDDDDDDDDDDDDDDDDDDDDD", "b1", Instant.parse("2026-11-20T10:00:00Z"));
        Referral newer = referral("EEEEEEEEEEEEEEEEEEEEEE", "b2", Instant.parse("2026-11-21T10:00:00Z"));
        Referral lapsing = referral("FFFFFFFFFFFFFFFFFFFFFF", "b3", Instant.parse("2026-11-22T10:00:00Z"));
        store.save(old, LONG).block();
        store.save(newer, LONG).block();
        store.save(lapsing, SHORT).block();

        assertThat(store.all().map(Referral::id).collectList().block())
                .containsSubsequence(lapsing.id(), newer.id(), old.id());
        letTimePass(SHORT.plusMillis(300));

        assertThat(store.all().map(Referral::id).collectList().block())
                .containsSubsequence(newer.id(), old.id())
                .doesNotContain(lapsing.id());
        StepVerifier.create(store.find(lapsing.id())).verifyComplete();
    }

    @Test
    void replacesAReferralWithItsChange() {
        ReferralStore store = store();
        Referral referral = referral("GGGGGGGGGGGGGGGGGGGGGG", "b4", Instant.parse("2026-11-22T10:00:00Z"));
        store.save(referral, LONG).block();
        Referral closed = referral.changed(
                ReferralStatus.CLOSED, "Ohjattu työkokeiluun", "vaasa-team", Instant.parse("2026-11-25T10:00:00Z"));

        store.save(closed, LONG).block();

        Referral found = store.find(referral.id()).block();
        assertThat(found).isEqualTo(closed);
        assertThat(found.closedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(found.notes())
                .singleElement()
                .extracting(Referral.Note::text)
                .isEqualTo("Ohjattu työkokeiluun");
    }

    @Test
    void keepsTheFirstMeetingsOutcome() {
        ReferralStore store = store();
        Referral referral = referral("HHHHHHHHHHHHHHHHHHHHHH", "b5", Instant.parse("2026-11-22T10:00:00Z"));
        store.save(referral, LONG).block();
        MeetingOutcome outcome = new MeetingOutcome(
                true,
                MeetingOutcome.SegmentFit.PARTLY,
                "Tarvitsee myös velkaneuvontaa",
                Instant.parse("2026-11-26T09:00:00Z"),
                "vaasa-team");

        store.save(referral.withOutcome(outcome), LONG).block();

        Referral found = store.find(referral.id()).block();
        assertThat(found.outcome()).isEqualTo(outcome);
        assertThat(found.withOutcome(outcome)).isEqualTo(found);
        assertThat(store.find(referral.id()).map(Referral::status).block()).isEqualTo(ReferralStatus.NEW);
    }

    @Test
    void keepsTheAuditLogOfEachReferralInOrder() throws InterruptedException {
        AuditLog audit = audit();
        AuditEntry opened = new AuditEntry(Instant.parse("2026-11-22T10:00:00Z"), "anna", "r1", "OPENED", null);
        AuditEntry changed =
                new AuditEntry(Instant.parse("2026-11-22T10:05:00Z"), "anna", "r1", "STATUS_CHANGED", "CONTACTED");
        AuditEntry other = new AuditEntry(Instant.parse("2026-11-22T10:06:00Z"), "bo", "r2", "OPENED", null);
        audit.record(opened, LONG).block();
        audit.record(changed, LONG).block();
        audit.record(other, SHORT).block();

        assertThat(audit.entries("r1").collectList().block()).containsExactly(opened, changed);
        letTimePass(SHORT.plusMillis(300));
        assertThat(audit.entries("r2").collectList().block()).isEmpty();
    }
}
