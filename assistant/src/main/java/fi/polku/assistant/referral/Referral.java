package fi.polku.assistant.referral;

import fi.polku.assistant.booking.Channel;
import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A referral to a team with its pre-filled initial interview, as decided and booked then. Holds contact details, so
 * it is always stored with a TTL: until {@code polku.booking.retention} after the meeting while open, and
 * {@code polku.referral.retention} after closing.
 *
 * @param answers the screening's answers as given (background, situation, support, profile, own words)
 * @param questionsToAsk ids of instrument items and of initial-interview questions the screening did not cover
 * @param outcome the first meeting's outcome once staff recorded it, else null
 */
public record Referral(
        String id,
        String bookingId,
        BookingTarget target,
        String municipality,
        ReferralStatus status,
        Instant createdAt,
        @Nullable Instant closedAt,
        Language language,
        @Nullable String source,
        boolean consentToShare,
        String segment,
        List<ReasonText> reasons,
        String rulesVersion,
        Map<String, Object> answers,
        Map<String, Integer> profileItems,
        Map<String, @Nullable Double> profileAreas,
        Map<Language, List<ServiceText>> services,
        Appointment appointment,
        Contact contact,
        @Nullable String residentNotes,
        List<String> questionsToAsk,
        List<Note> notes,
        @Nullable MeetingOutcome outcome) {

    public Referral {
        reasons = List.copyOf(reasons);
        services = Map.copyOf(services);
        questionsToAsk = List.copyOf(questionsToAsk);
        notes = List.copyOf(notes);
    }

    /** A referral whose first meeting has no recorded outcome yet. */
    public Referral(
            String id,
            String bookingId,
            BookingTarget target,
            String municipality,
            ReferralStatus status,
            Instant createdAt,
            @Nullable Instant closedAt,
            Language language,
            @Nullable String source,
            boolean consentToShare,
            String segment,
            List<ReasonText> reasons,
            String rulesVersion,
            Map<String, Object> answers,
            Map<String, Integer> profileItems,
            Map<String, @Nullable Double> profileAreas,
            Map<Language, List<ServiceText>> services,
            Appointment appointment,
            Contact contact,
            @Nullable String residentNotes,
            List<String> questionsToAsk,
            List<Note> notes) {
        this(
                id,
                bookingId,
                target,
                municipality,
                status,
                createdAt,
                closedAt,
                language,
                source,
                consentToShare,
                segment,
                reasons,
                rulesVersion,
                answers,
                profileItems,
                profileAreas,
                services,
                appointment,
                contact,
                residentNotes,
                questionsToAsk,
                notes,
                null);
    }

    /** The same referral with a new status (and a note, when given) by a staff member. */
    public Referral changed(ReferralStatus newStatus, @Nullable String note, String author, Instant at) {
        List<Note> all = new java.util.ArrayList<>(notes);
        all.add(new Note(at, author, newStatus, note));
        Instant closed = newStatus == ReferralStatus.CLOSED ? (closedAt != null ? closedAt : at) : null;
        return new Referral(
                id,
                bookingId,
                target,
                municipality,
                newStatus,
                createdAt,
                closed,
                language,
                source,
                consentToShare,
                segment,
                reasons,
                rulesVersion,
                answers,
                profileItems,
                profileAreas,
                services,
                appointment,
                contact,
                residentNotes,
                questionsToAsk,
                all,
                outcome);
    }

    /** The same referral with the booked time as it is now (moved or cancelled). */
    public Referral withAppointment(Appointment newAppointment) {
        return new Referral(
                id,
                bookingId,
                target,
                municipality,
                status,
                createdAt,
                closedAt,
                language,
                source,
                consentToShare,
                segment,
                reasons,
                rulesVersion,
                answers,
                profileItems,
                profileAreas,
                services,
                newAppointment,
                contact,
                residentNotes,
                questionsToAsk,
                notes,
                outcome);
    }

    /** The same referral with the first meeting's outcome (replacing an earlier one). */
    public Referral withOutcome(MeetingOutcome newOutcome) {
        return new Referral(
                id,
                bookingId,
                target,
                municipality,
                status,
                createdAt,
                closedAt,
                language,
                source,
                consentToShare,
                segment,
                reasons,
                rulesVersion,
                answers,
                profileItems,
                profileAreas,
                services,
                appointment,
                contact,
                residentNotes,
                questionsToAsk,
                notes,
                newOutcome);
    }

    /** A reason of the rules, in every language. */
    public record ReasonText(String rule, Map<Language, String> texts, List<String> facts) {}

    /** A suggested service as shown to the resident. */
    public record ServiceText(String id, String title, String why) {}

    /** The booked meeting. */
    public record Appointment(
            String calendarId,
            Instant start,
            Instant end,
            Channel channel,
            boolean cancelled,
            Map<Language, String> team,
            Map<Language, String> place) {}

    /** A status change by a staff member, with an optional note. */
    public record Note(
            Instant at,
            String author,
            ReferralStatus status,
            @Nullable String text) {}
}
