package fi.polku.assistant.referral;

import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.staff.StaffDirectory;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The staff inbox API: {@code GET /api/staff/referrals} (filters target, status, from, to), {@code GET
 * /api/staff/referrals/{id}} (the pre-filled initial interview), {@code GET /api/staff/referrals/{id}/fhir}, {@code
 * PATCH /api/staff/referrals/{id}} (status and note) and {@code GET /api/staff/referrals/{id}/audit}. Sign-in is
 * checked by the staff security chain; which referrals an account sees is checked here.
 */
@RestController
@RequestMapping("/api/staff/referrals")
class ReferralController {

    private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
    private static final int NOTE_MAX = 2000;

    private final ReferralManagement referrals;
    private final StaffDirectory staff;
    private final CurrentRules rules;
    private final ReferralFhirExport fhir;
    private final ApiMessages messages;

    ReferralController(
            ReferralManagement referrals,
            StaffDirectory staff,
            CurrentRules rules,
            ReferralFhirExport fhir,
            ApiMessages messages) {
        this.referrals = referrals;
        this.staff = staff;
        this.rules = rules;
        this.fhir = fhir;
        this.messages = messages;
    }

    @GetMapping
    Mono<ReferralList> list(
            ServerWebExchange exchange,
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        List<FieldProblem> problems = new ArrayList<>();
        BookingTarget bookingTarget = parse(BookingTarget.class, "target", target, problems, language);
        ReferralStatus referralStatus = parse(ReferralStatus.class, "status", status, problems, language);
        Instant start = day("from", from, problems, language);
        Instant end = day("to", to, problems, language);
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.badRequest(problems, language));
        }
        return account(exchange)
                .flatMapMany(account -> referrals.list(
                        account,
                        bookingTarget,
                        referralStatus,
                        start,
                        end == null ? null : end.plusSeconds(86_400),
                        language))
                .map(referral -> ReferralSummary.of(referral, language))
                .collectList()
                .map(ReferralList::new);
    }

    @GetMapping("/{id}")
    Mono<ReferralView> open(
            ServerWebExchange exchange,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return account(exchange)
                .flatMap(account -> referrals.open(account, id, "OPENED", language))
                .map(referral -> ReferralView.of(referral, rules.get().instrument(), referrals.questions(), language));
    }

    @GetMapping(
            path = "/{id}/fhir",
            produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    Mono<String> export(
            ServerWebExchange exchange,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return account(exchange)
                .flatMap(account -> referrals.open(account, id, "EXPORTED", language))
                // HAPI builds its R4 model on first use (seconds): never on the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(referral -> fhir.json(referral, rules.get().instrument(), language));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ReferralView> change(
            ServerWebExchange exchange,
            @PathVariable String id,
            @RequestBody ChangeRequest request,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        List<FieldProblem> problems = new ArrayList<>();
        ReferralStatus status = parse(ReferralStatus.class, "status", request.status(), problems, language);
        OutcomeRequest outcome = request.outcome();
        if (status == null && outcome == null && problems.isEmpty()) {
            problems.add(messages.problem("status", "referral.status.invalid", language));
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(messages.problem("note", "booking.text.too-long", language, NOTE_MAX));
        }
        Boolean attended = null;
        MeetingOutcome.SegmentFit fit = null;
        String outcomeNote = null;
        if (outcome != null) {
            if (outcome.attended() instanceof Boolean value) {
                attended = value;
            } else {
                problems.add(messages.problem("outcome.attended", "referral.outcome-attended.invalid", language));
            }
            if (outcome.segmentFit() != null) {
                fit = fit(outcome.segmentFit(), problems, language);
                if (fit != null && Boolean.FALSE.equals(attended)) {
                    problems.add(
                            messages.problem("outcome.segmentFit", "referral.outcome-segment-fit.no-show", language));
                }
            }
            if (outcome.note() instanceof String text && !text.isBlank()) {
                outcomeNote = text.strip();
                if (outcomeNote.length() > NOTE_MAX) {
                    problems.add(messages.problem("outcome.note", "booking.text.too-long", language, NOTE_MAX));
                }
            } else if (outcome.note() != null && !(outcome.note() instanceof String)) {
                problems.add(messages.problem("outcome.note", "referral.outcome-note.invalid", language));
            }
        }
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.badRequest(problems, language));
        }
        boolean attendedValue = Boolean.TRUE.equals(attended);
        MeetingOutcome.SegmentFit fitValue = fit;
        String outcomeText = outcomeNote;
        return account(exchange)
                .flatMap(account -> {
                    if (status == null) {
                        return referrals.recordOutcome(account, id, attendedValue, fitValue, outcomeText, language);
                    }
                    Mono<Referral> changed = referrals.change(account, id, status, note, language);
                    return outcome == null
                            ? changed
                            : changed.then(referrals.recordOutcome(
                                    account, id, attendedValue, fitValue, outcomeText, language));
                })
                .map(referral -> ReferralView.of(referral, rules.get().instrument(), referrals.questions(), language));
    }

    private MeetingOutcome.@Nullable SegmentFit fit(Object value, List<FieldProblem> problems, Language language) {
        if (value instanceof String text && !text.isBlank()) {
            try {
                return MeetingOutcome.SegmentFit.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // named below
            }
        }
        return invalidFit(problems, language);
    }

    private MeetingOutcome.@Nullable SegmentFit invalidFit(List<FieldProblem> problems, Language language) {
        problems.add(messages.problem("outcome.segmentFit", "referral.outcome-segment-fit.invalid", language));
        return null;
    }

    @GetMapping("/{id}/audit")
    Mono<List<AuditEntry>> audit(
            ServerWebExchange exchange,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return account(exchange)
                .flatMapMany(account -> referrals.auditOf(account, id, language))
                .collectList();
    }

    private Mono<StaffAccount> account(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .flatMap(principal -> Mono.justOrEmpty(staff.account(principal)))
                // the security chain lets no one without an account reach here
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("No staff account")));
    }

    private <E extends Enum<E>> @Nullable E parse(
            Class<E> type, String field, @Nullable String value, List<FieldProblem> problems, Language language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(messages.problem(field, "referral." + field + ".invalid", language));
            return null;
        }
    }

    private @Nullable Instant day(
            String field, @Nullable String value, List<FieldProblem> problems, Language language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(messages.problem(field, "booking.from.invalid", language));
            return null;
        }
    }

    /** The body of a change: a status (with a note), the first meeting's outcome, or both. */
    record ChangeRequest(
            @Nullable String status,
            @Nullable String note,
            @Nullable OutcomeRequest outcome) {}

    /**
     * The first meeting's outcome as sent; typed loosely so that a wrong type is a 400 naming the field.
     *
     * @param attended true or false
     * @param segmentFit YES, NO or PARTLY; only for an attended meeting
     */
    record OutcomeRequest(
            @Nullable Object attended,
            @Nullable Object segmentFit,
            @Nullable Object note) {}

    /** The inbox. */
    record ReferralList(List<ReferralSummary> referrals) {}

    /** One line of the inbox. */
    record ReferralSummary(
            String id,
            String status,
            String target,
            String municipality,
            String segment,
            String start,
            String channel,
            boolean cancelled,
            String name,
            String createdAt) {

        static ReferralSummary of(Referral referral, Language language) {
            return new ReferralSummary(
                    referral.id(),
                    referral.status().name(),
                    referral.target().name(),
                    referral.municipality(),
                    referral.segment(),
                    referral.appointment()
                            .start()
                            .atZone(ZONE)
                            .toOffsetDateTime()
                            .toString(),
                    referral.appointment().channel().code(),
                    referral.appointment().cancelled(),
                    referral.consentToShare() ? referral.contact().name() : "",
                    referral.createdAt().atZone(ZONE).toOffsetDateTime().toString());
        }
    }
}
