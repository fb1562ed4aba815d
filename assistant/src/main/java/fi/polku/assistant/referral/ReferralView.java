package fi.polku.assistant.referral;

import fi.polku.assistant.booking.Contact;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Instrument;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.Section;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pre-filled initial interview as staff read it, in their language: laid out like the team's intake form
 * (background, functioning profile, the rules' segment and reasons, the resident's own words, suggested services, the
 * booking, contact details when consented) with the questions still to ask in the meeting.
 */
record ReferralView(
        String id,
        String status,
        String target,
        String municipality,
        String createdAt,
        @Nullable String source,
        boolean consentToShare,
        BookingView booking,
        @Nullable Contact contact,
        String segment,
        List<ReasonView> reasons,
        Map<String, Integer> profileItems,
        Map<String, @Nullable Double> profileAreas,
        List<AnswerView> background,
        List<AnswerView> ownWords,
        List<ServiceView> services,
        List<QuestionView> questionsToAsk,
        @Nullable String residentNotes,
        List<Referral.Note> notes,
        String rulesVersion,
        @Nullable MeetingOutcome outcome) {

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    static ReferralView of(Referral referral, Instrument instrument, InterviewQuestions questions, Language language) {
        List<AnswerView> background = new ArrayList<>();
        List<AnswerView> ownWords = new ArrayList<>();
        for (Section section : instrument.sections()) {
            for (Item item : section.items()) {
                Object answer = referral.answers().get(item.id());
                if (answer == null || item.area() != null) {
                    // profile scores are shown as the profile, not as answers
                    continue;
                }
                AnswerView view = new AnswerView(item.id(), item.label().in(language), text(item, answer, language));
                boolean ownWord =
                        item.type() == fi.polku.segmentation.instrument.ItemType.TEXT || "goal".equals(item.id());
                (ownWord ? ownWords : background).add(view);
            }
        }
        List<QuestionView> toAsk = referral.questionsToAsk().stream()
                .map(id -> new QuestionView(
                        id,
                        instrument
                                .item(id)
                                .map(item -> item.label().in(language))
                                .or(() -> questions.question(id).map(question -> question.text(language)))
                                .orElse(id)))
                .toList();
        Referral.Appointment appointment = referral.appointment();
        return new ReferralView(
                referral.id(),
                referral.status().name(),
                referral.target().name(),
                referral.municipality(),
                format(referral.createdAt()),
                referral.source(),
                referral.consentToShare(),
                new BookingView(
                        referral.bookingId(),
                        format(appointment.start()),
                        format(appointment.end()),
                        appointment.channel().code(),
                        appointment.cancelled(),
                        text(appointment.team(), language),
                        appointment.place().isEmpty() ? null : text(appointment.place(), language)),
                referral.consentToShare() ? referral.contact() : null,
                referral.segment(),
                referral.reasons().stream()
                        .map(reason -> new ReasonView(reason.rule(), text(reason.texts(), language), reason.facts()))
                        .toList(),
                referral.profileItems(),
                referral.profileAreas(),
                background,
                ownWords,
                referral
                        .services()
                        .getOrDefault(language, referral.services().getOrDefault(referral.language(), List.of()))
                        .stream()
                        .map(service -> new ServiceView(service.id(), service.title(), service.why()))
                        .toList(),
                toAsk,
                referral.residentNotes(),
                referral.notes(),
                referral.rulesVersion(),
                referral.outcome());
    }

    private static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(ZONE));
    }

    private static String text(Map<Language, String> texts, Language language) {
        return texts.getOrDefault(language, texts.getOrDefault(Language.FI, ""));
    }

    /** An answer with its choice labels in the language. */
    static String text(Item item, Object answer, Language language) {
        if (answer instanceof Collection<?> values) {
            return String.join(
                    ", ",
                    values.stream().map(value -> label(item, value, language)).toList());
        }
        return label(item, answer, language);
    }

    private static String label(Item item, Object value, Language language) {
        return item.choice(String.valueOf(value))
                .map(choice -> choice.label().in(language))
                .orElse(String.valueOf(value));
    }

    record BookingView(
            String bookingId,
            String start,
            String end,
            String channel,
            boolean cancelled,
            String team,
            @Nullable String place) {}

    record ReasonView(String rule, String text, List<String> facts) {}

    record AnswerView(String id, String question, String answer) {}

    record ServiceView(String id, String title, String why) {}

    record QuestionView(String id, String question) {}
}
