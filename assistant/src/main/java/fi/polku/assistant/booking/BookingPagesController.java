package fi.polku.assistant.booking;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningStore;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The booking pages, plain forms that work without JavaScript: {@code /book/{screeningId}} (choose a time, give
 * contact details, see what is shared, consent, confirm) and {@code /booking/{bookingId}?token=} (the confirmation
 * with the calendar file, and cancelling). They go through the same {@link BookingManagement} as the API.
 */
@PageController
class BookingPagesController {

    static final String FORM = "booking/book";
    static final String CONFIRMATION = "booking/booking";
    private static final int DAYS = 14;

    private final BookingManagement booking;
    private final ScreeningStore screenings;
    private final ApiMessages messages;
    private final BookingSettings settings;

    BookingPagesController(
            BookingManagement booking, ScreeningStore screenings, ApiMessages messages, BookingSettings settings) {
        this.settings = settings;
        this.booking = booking;
        this.screenings = screenings;
        this.messages = messages;
    }

    @GetMapping("/book/{screeningId}")
    Mono<String> showForm(
            ServerWebExchange exchange,
            @PathVariable String screeningId,
            @RequestParam(required = false) @Nullable String target,
            Model model) {
        Language language = PageLanguages.of(exchange);
        return screening(screeningId)
                .flatMap(screening ->
                        fill(model, screening, target(screening, target), Map.of(), List.of(), null, language))
                .thenReturn(FORM);
    }

    /** Choosing a time holds it for the resident and shows the contact form; a full slot shows the next free ones. */
    @PostMapping("/book/{screeningId}/hold")
    Mono<String> hold(ServerWebExchange exchange, @PathVariable String screeningId, Model model) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData()
                .flatMap(form -> screening(screeningId).flatMap(screening -> {
                    BookingTarget target = target(screening, value(form, "target"));
                    Map<String, String> typed = form.toSingleValueMap();
                    String slotId = value(form, "slotId");
                    if (slotId == null) {
                        return failed(exchange, model, screening, target, typed, problemOf(language), language);
                    }
                    return booking.hold(slotId, language)
                            .flatMap(hold -> fill(model, screening, target, typed, List.of(), null, language)
                                    .then(held(model, hold, language))
                                    .thenReturn(FORM))
                            .onErrorResume(
                                    ApiProblem.class,
                                    problem -> failed(exchange, model, screening, target, typed, problem, language));
                }));
    }

    /**
     * The contact form's buttons: confirm books with the hold; "more time" extends it (WCAG 2.2.1); "choose another
     * time" releases it. Everything typed is kept whichever way it goes.
     */
    @PostMapping("/book/{screeningId}")
    Mono<String> book(ServerWebExchange exchange, @PathVariable String screeningId, Model model) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData()
                .flatMap(form -> screening(screeningId).flatMap(screening -> {
                    BookingTarget target = target(screening, value(form, "target"));
                    Map<String, String> typed = form.toSingleValueMap();
                    String holdId = value(form, "holdId");
                    String action = value(form, "action");
                    if (holdId != null && "extend".equals(action)) {
                        return booking.extend(holdId, language)
                                .flatMap(hold -> fill(model, screening, target, typed, List.of(), null, language)
                                        .then(held(model, hold, language))
                                        .thenReturn(FORM))
                                .onErrorResume(
                                        ApiProblem.class,
                                        problem -> problem.status() == HttpStatus.CONFLICT
                                                ? rehold(exchange, model, screening, target, typed, problem, language)
                                                : failed(exchange, model, screening, target, typed, problem, language));
                    }
                    if (holdId != null && "release".equals(action)) {
                        return booking.release(holdId)
                                .then(fill(model, screening, target, typed, List.of(), null, language))
                                .thenReturn(FORM);
                    }
                    BookingRequest request = new BookingRequest(
                            language.tag(),
                            screeningId,
                            value(form, "slotId"),
                            holdId,
                            new BookingRequest.ContactRequest(
                                    value(form, "name"),
                                    value(form, "phone"),
                                    value(form, "email"),
                                    value(form, "language"),
                                    value(form, "interpreter"),
                                    value(form, "accessibility"),
                                    value(form, "bestTimeToCall")),
                            "on".equals(value(form, "consentToShare")),
                            value(form, "notes"));
                    return booking.book(request, value(form, "requestId"), language)
                            .map(booked ->
                                    "redirect:/booking/" + booked.booking().id() + "?token="
                                            + URLEncoder.encode(booked.cancelToken(), StandardCharsets.UTF_8))
                            .onErrorResume(ApiProblem.class, problem -> {
                                // a 503 (the external booking system failed) freed the seat: the hold is gone too
                                boolean slotLost = problem.status() == HttpStatus.CONFLICT
                                        || problem.status() == HttpStatus.SERVICE_UNAVAILABLE
                                        || problem.errors().stream()
                                                .anyMatch(e -> e.field().equals("holdId"));
                                return holdId == null || slotLost
                                        ? failed(exchange, model, screening, target, typed, problem, language)
                                        : rehold(exchange, model, screening, target, typed, problem, language);
                            });
                }));
    }

    /** Shows the time choices again (the hold is gone or never was), with the problem and everything typed. */
    private Mono<String> failed(
            ServerWebExchange exchange,
            Model model,
            Screening screening,
            BookingTarget target,
            Map<String, String> typed,
            ApiProblem problem,
            Language language) {
        boolean down = problem.status() == HttpStatus.SERVICE_UNAVAILABLE;
        return fill(
                        model,
                        screening,
                        target,
                        typed,
                        down ? List.of() : problem.errors(),
                        problem.status() == HttpStatus.CONFLICT ? problem.errors() : null,
                        language)
                .doOnNext(ignored -> {
                    if (down) {
                        // the booking system's message with the team's phone, as when the times cannot be listed
                        model.addAttribute(
                                "unavailable", problem.errors().getFirst().message());
                    }
                    exchange.getResponse().setStatusCode(problem.status());
                })
                .thenReturn(FORM);
    }

    /** Shows the contact form again with its live hold and the problem; a lapsed hold falls back to the choices. */
    private Mono<String> rehold(
            ServerWebExchange exchange,
            Model model,
            Screening screening,
            BookingTarget target,
            Map<String, String> typed,
            ApiProblem problem,
            Language language) {
        String holdId = typed.getOrDefault("holdId", "");
        return booking.findHold(holdId, language)
                .flatMap(hold -> fill(model, screening, target, typed, problem.errors(), null, language)
                        .then(held(model, hold, language))
                        .doOnSuccess(ignored -> exchange.getResponse().setStatusCode(problem.status()))
                        .thenReturn(FORM))
                .onErrorResume(
                        ApiProblem.class,
                        lapsed -> failed(exchange, model, screening, target, typed, lapsed, language));
    }

    private ApiProblem problemOf(Language language) {
        return ApiProblem.badRequest(
                List.of(messages.problem("slotId", "booking.slot-id.missing", language)), language);
    }

    /** The hold shown on the contact form: the time held and when the hold ends, in Helsinki time. */
    private Mono<Void> held(Model model, Hold hold, Language language) {
        return booking.slotOf(hold.slotId())
                .flatMap(slot -> booking.view(slot, true, language)
                        .doOnNext(view -> model.addAttribute(
                                "hold",
                                new Held(
                                        hold.id(),
                                        hold.slotId(),
                                        when(slot, language),
                                        view,
                                        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                                .withLocale(language.locale())
                                                .format(hold.expiresAt().atZone(Slot.ZONE)),
                                        hold.expiresAt().toString()))))
                .then();
    }

    @GetMapping("/booking/{bookingId}")
    Mono<String> confirmation(
            ServerWebExchange exchange,
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            Model model) {
        Language language = PageLanguages.of(exchange);
        return booking.find(bookingId, token, language)
                .flatMap(found -> booking.view(found.slot(), true, language).doOnNext(slot -> {
                    model.addAttribute("booking", found);
                    model.addAttribute("token", token);
                    model.addAttribute("slot", slot);
                    model.addAttribute("when", when(found.slot(), language));
                    model.addAttribute("cancelled", found.status() == BookingStatus.CANCELLED);
                }))
                .thenReturn(CONFIRMATION);
    }

    @PostMapping("/booking/{bookingId}/cancel")
    Mono<String> cancel(ServerWebExchange exchange, @PathVariable String bookingId) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData().flatMap(form -> {
            String token = value(form, "token");
            return booking.cancel(bookingId, token, language)
                    .thenReturn("redirect:/booking/" + bookingId + "?token="
                            + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
        });
    }

    private Mono<Screening> screening(String screeningId) {
        return (RandomIds.looksLikeId(screeningId) ? screenings.find(screeningId) : Mono.<Screening>empty())
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The target asked for, if the screening may book it; else the rules' target; else service guidance. */
    private static BookingTarget target(Screening screening, @Nullable String asked) {
        BookingTarget ruled = screening.decision().bookingTarget();
        if ("SERVICE_GUIDANCE".equals(asked) || ruled == null) {
            return BookingTarget.SERVICE_GUIDANCE;
        }
        return ruled;
    }

    private Mono<Boolean> fill(
            Model model,
            Screening screening,
            BookingTarget target,
            Map<String, String> typed,
            List<FieldProblem> errors,
            @Nullable List<FieldProblem> conflict,
            Language language) {
        Object municipality = screening.answers().get("municipality");
        String slug = municipality instanceof String text ? text : "";
        BookingCalendar calendar = booking.calendars().serving(target, slug).orElseThrow();
        return booking.slots(calendar, LocalDate.now(Slot.ZONE), DAYS, language)
                .map(slots -> {
                    model.addAttribute("unavailable", null);
                    model.addAttribute("phone", calendar.phone());
                    return slots;
                })
                // the external booking system is down: say so, with the team's phone, and offer no times
                .onErrorResume(
                        error -> error instanceof ApiProblem problem
                                && problem.status() == HttpStatus.SERVICE_UNAVAILABLE,
                        error -> {
                            model.addAttribute(
                                    "unavailable",
                                    ((ApiProblem) error).errors().getFirst().message());
                            model.addAttribute("phone", calendar.phone());
                            return Mono.just(List.of());
                        })
                .map(slots -> {
                    Map<String, String> fieldErrors = new LinkedHashMap<>();
                    errors.forEach(error -> fieldErrors.putIfAbsent(error.field(), error.message()));
                    model.addAttribute("screeningId", screening.id());
                    model.addAttribute("target", target.name());
                    model.addAttribute("team", calendar.team(language));
                    model.addAttribute(
                            "mayBookTeam", screening.decision().bookingTarget() == BookingTarget.WORK_ABILITY_TEAM);
                    List<SlotView> free =
                            slots.stream().filter(SlotView::available).toList();
                    model.addAttribute("slots", free);
                    model.addAttribute("days", SlotDay.of(free, language));
                    model.addAttribute("typed", typed);
                    model.addAttribute("errors", errors);
                    model.addAttribute("fieldErrors", fieldErrors);
                    model.addAttribute("conflict", conflict != null);
                    model.addAttribute("hold", null);
                    model.addAttribute("holdMinutes", settings.hold().toMinutes());
                    model.addAttribute(
                            "requestId",
                            typed.getOrDefault(
                                    "requestId", java.util.UUID.randomUUID().toString()));
                    return true;
                });
    }

    private static String when(Slot slot, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(language.locale())
                .format(slot.start());
    }

    private static @Nullable String value(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A live hold as the contact form shows it.
     *
     * @param until when the hold ends, Helsinki wall-clock time in the page's language
     * @param expiresAt the same instant in ISO-8601, for machines
     */
    record Held(String id, String slotId, String when, SlotView slot, String until, String expiresAt) {}
}
