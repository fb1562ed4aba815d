package fi.polku.assistant.referral;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCalendar;
import fi.polku.assistant.booking.BookingHandoff;
import fi.polku.assistant.booking.BookingSettings;
import fi.polku.assistant.booking.BookingStatus;
import fi.polku.assistant.booking.Calendars;
import fi.polku.assistant.booking.ChannelOffer;
import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Item;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes the referral of each booking (the hand-off of {@code booking}) and serves the staff inbox: listing, opening
 * and status changes by staff members who may see the referral's target and municipality, each one audited.
 */
@Service
public class ReferralManagement implements BookingHandoff {

    private static final Logger log = LoggerFactory.getLogger(ReferralManagement.class);

    private final ReferralStore referrals;
    private final AuditLog audit;
    private final Calendars calendars;
    private final CurrentRules rules;
    private final InterviewQuestions questions = InterviewQuestions.bundled();
    private final ReferralSettings settings;
    private final BookingSettings bookingSettings;
    private final RandomIds ids;
    private final ApiMessages messages;
    private final List<ReferralListener> listeners;
    private final Clock clock;

    ReferralManagement(
            ReferralStore referrals,
            AuditLog audit,
            Calendars calendars,
            CurrentRules rules,
            ReferralSettings settings,
            BookingSettings bookingSettings,
            RandomIds ids,
            ApiMessages messages,
            ObjectProvider<ReferralListener> listeners,
            Clock clock) {
        this.referrals = referrals;
        this.audit = audit;
        this.calendars = calendars;
        this.rules = rules;
        this.settings = settings;
        this.bookingSettings = bookingSettings;
        this.ids = ids;
        this.messages = messages;
        this.listeners = listeners.orderedStream().toList();
        this.clock = clock;
    }

    @Override
    public Mono<Void> confirmed(Booking booking, Screening screening) {
        return Mono.fromCallable(() -> referral(booking, screening))
                .flatMap(referral -> referrals.save(referral, ttl(referral)))
                .then();
    }

    @Override
    public Mono<Void> changed(Booking booking) {
        return referrals
                .findByBooking(booking.id())
                .map(referral -> referral.withAppointment(appointment(booking)))
                .flatMap(referral -> referrals.save(referral, ttl(referral)))
                .then();
    }

    /** The referrals the account may see, newest first, filtered; asking for a target it may not see -> 403. */
    public Flux<Referral> list(
            StaffAccount account,
            @Nullable BookingTarget target,
            @Nullable ReferralStatus status,
            @Nullable Instant from,
            @Nullable Instant to,
            Language language) {
        if (target != null && !account.maySeeTarget(target)) {
            return Flux.error(forbidden(language));
        }
        return referrals
                .all()
                .filter(referral -> account.maySee(referral.target(), referral.municipality()))
                .filter(referral -> target == null || referral.target() == target)
                .filter(referral -> status == null || referral.status() == status)
                .filter(referral ->
                        from == null || !referral.appointment().start().isBefore(from))
                .filter(referral -> to == null || referral.appointment().start().isBefore(to));
    }

    /** Opens a referral (audited); unknown -> 404, another team's or municipality's -> 403. */
    public Mono<Referral> open(StaffAccount account, String id, String action, Language language) {
        return visible(account, id, language)
                .flatMap(referral -> audit.record(
                                new AuditEntry(clock.instant(), account.username(), referral.id(), action, null),
                                settings.auditRetention())
                        .thenReturn(referral));
    }

    /** Changes the status (and adds the note), audited; a closed referral is kept for the retention time. */
    public Mono<Referral> change(
            StaffAccount account, String id, ReferralStatus status, @Nullable String note, Language language) {
        return visible(account, id, language).flatMap(referral -> {
            Instant now = clock.instant();
            Referral changed = referral.changed(status, note, account.username(), now);
            boolean firstTime = referral.status() != status
                    && referral.notes().stream().noneMatch(earlier -> earlier.status() == status);
            Mono<Void> told = referral.status() == status
                    ? Mono.empty()
                    : tell(listener -> listener.on(
                            new ReferralStatusChanged(referral.target(), referral.source(), status, firstTime, now)));
            return referrals
                    .save(changed, ttl(changed))
                    .flatMap(saved -> audit.record(
                                    new AuditEntry(
                                            now, account.username(), saved.id(), "STATUS_CHANGED", status.name()),
                                    settings.auditRetention())
                            .then(told)
                            .thenReturn(saved));
        });
    }

    /**
     * Records the first meeting's outcome (replacing an earlier one), audited with what was recorded but never the
     * note.
     */
    public Mono<Referral> recordOutcome(
            StaffAccount account,
            String id,
            boolean attended,
            MeetingOutcome.@Nullable SegmentFit segmentFit,
            @Nullable String note,
            Language language) {
        return visible(account, id, language).flatMap(referral -> {
            Instant now = clock.instant();
            MeetingOutcome recorded = new MeetingOutcome(attended, segmentFit, note, now, account.username());
            Referral changed = referral.withOutcome(recorded);
            String detail = (attended ? "ATTENDED" : "NO_SHOW") + (segmentFit == null ? "" : " FIT=" + segmentFit);
            MeetingOutcome before = referral.outcome();
            var event = new MeetingOutcomeRecorded(
                    referral.target(),
                    referral.source(),
                    MeetingOutcomeRecorded.Result.of(recorded),
                    before == null ? null : MeetingOutcomeRecorded.Result.of(before),
                    now);
            return referrals
                    .save(changed, ttl(changed))
                    .flatMap(saved -> audit.record(
                                    new AuditEntry(now, account.username(), saved.id(), "OUTCOME_RECORDED", detail),
                                    settings.auditRetention())
                            .then(tell(listener -> listener.on(event)))
                            .thenReturn(saved));
        });
    }

    /** Tells every listener in turn; a listener's failure is logged (its type only) and the change stands. */
    private Mono<Void> tell(Function<ReferralListener, Mono<Void>> call) {
        return Flux.fromIterable(listeners)
                .concatMap(listener -> call.apply(listener).onErrorResume(error -> {
                    log.warn(
                            "Referral listener {} failed: {}",
                            listener.getClass().getSimpleName(),
                            error.getClass().getSimpleName());
                    return Mono.empty();
                }))
                .then();
    }

    /** The audit log of a referral the account may see. */
    public Flux<AuditEntry> auditOf(StaffAccount account, String id, Language language) {
        return visible(account, id, language).flatMapMany(referral -> audit.entries(referral.id()));
    }

    /** The interview topics, for views. */
    public InterviewQuestions questions() {
        return questions;
    }

    private Mono<Referral> visible(StaffAccount account, String id, Language language) {
        if (!RandomIds.looksLikeId(id)) {
            return Mono.error(notFound(language));
        }
        return referrals
                .find(id)
                .switchIfEmpty(Mono.error(() -> notFound(language)))
                .flatMap(referral -> account.maySee(referral.target(), referral.municipality())
                        ? Mono.just(referral)
                        : Mono.error(forbidden(language)));
    }

    /**
     * An open referral is kept as long as its booking (until the retention time after the meeting), a closed one for
     * {@code polku.referral.retention} after closing.
     */
    private Duration ttl(Referral referral) {
        Instant now = clock.instant();
        if (referral.closedAt() != null) {
            Duration left = Duration.between(now, referral.closedAt().plus(settings.retention()));
            return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
        }
        Duration left = Duration.between(now, referral.appointment().end().plus(bookingSettings.retention()));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private Referral referral(Booking booking, Screening screening) {
        Set<String> answered = screening.answers().keySet();
        List<String> toAsk = new ArrayList<>();
        for (Item item : rules.get().instrument().items().values()) {
            // a help text is asked in the meeting only through its own item
            if (!answered.contains(item.id()) && item.helpFor() == null) {
                toAsk.add(item.id());
            }
        }
        toAsk.addAll(questions.stillToAsk(answered));
        Map<Language, List<Referral.ServiceText>> services = new EnumMap<>(Language.class);
        screening
                .services()
                .forEach((lang, list) -> services.put(
                        lang,
                        list.stream()
                                .map(service -> new Referral.ServiceText(service.id(), service.title(), service.why()))
                                .toList()));
        return new Referral(
                ids.next(),
                booking.id(),
                booking.target(),
                booking.municipality(),
                ReferralStatus.NEW,
                clock.instant(),
                null,
                booking.language(),
                booking.source(),
                booking.consentToShare(),
                screening.decision().segment().name(),
                screening.decision().reasons().stream()
                        .map(reason -> new Referral.ReasonText(reason.rule(), reason.texts(), reason.facts()))
                        .toList(),
                screening.decision().rulesVersion(),
                screening.answers(),
                screening.profile().items(),
                screening.profile().areas(),
                services,
                appointment(booking),
                booking.contact(),
                booking.notes(),
                toAsk,
                List.of());
    }

    private Referral.Appointment appointment(Booking booking) {
        BookingCalendar calendar = calendars.find(booking.calendarId()).orElseThrow();
        Map<Language, String> team = new EnumMap<>(Language.class);
        Map<Language, String> place = new EnumMap<>(Language.class);
        ChannelOffer offer = calendar.channel(
                        booking.channel(), booking.slot().start().toLocalDate())
                .orElse(null);
        for (Language language : Language.values()) {
            team.put(language, calendar.team(language));
            String where = offer != null ? offer.place(language) : null;
            if (where != null) {
                place.put(language, where);
            }
        }
        return new Referral.Appointment(
                calendar.id(),
                booking.start(),
                booking.end(),
                booking.channel(),
                booking.status() == BookingStatus.CANCELLED,
                team,
                place);
    }

    private ApiProblem notFound(Language language) {
        return ApiProblem.notFound(messages.problem("id", "referral.id.not-found", language), language);
    }

    private ApiProblem forbidden(Language language) {
        return ApiProblem.forbidden(messages.problem("target", "referral.target.forbidden", language), language);
    }
}
