package fi.polku.assistant.booking;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningStore;
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
import java.time.OffsetDateTime;
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

    BookingPagesController(BookingManagement booking, ScreeningStore screenings) {
        this.booking = booking;
        this.screenings = screenings;
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

    @PostMapping("/book/{screeningId}")
    Mono<String> book(ServerWebExchange exchange, @PathVariable String screeningId, Model model) {
        Language language = PageLanguages.of(exchange);
        return exchange.getFormData()
                .flatMap(form -> screening(screeningId).flatMap(screening -> {
                    BookingRequest request = new BookingRequest(
                            language.tag(),
                            screeningId,
                            value(form, "slotId"),
                            null,
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
                    BookingTarget target = target(screening, value(form, "target"));
                    return booking.book(request, value(form, "requestId"), language)
                            .map(booked ->
                                    "redirect:/booking/" + booked.booking().id() + "?token="
                                            + URLEncoder.encode(booked.cancelToken(), StandardCharsets.UTF_8))
                            .onErrorResume(
                                    ApiProblem.class,
                                    problem -> fill(
                                                    model,
                                                    screening,
                                                    target,
                                                    form.toSingleValueMap(),
                                                    problem.errors(),
                                                    problem.status() == HttpStatus.CONFLICT ? problem.errors() : null,
                                                    language)
                                            .doOnNext(ignored ->
                                                    exchange.getResponse().setStatusCode(problem.status()))
                                            .thenReturn(FORM));
                }));
    }

    @GetMapping("/booking/{bookingId}")
    Mono<String> confirmation(
            ServerWebExchange exchange,
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            Model model) {
        Language language = PageLanguages.of(exchange);
        return booking.find(bookingId, token, language)
                .doOnNext(found -> {
                    BookingCalendar calendar =
                            booking.calendars().find(found.calendarId()).orElseThrow();
                    model.addAttribute("booking", found);
                    model.addAttribute("token", token);
                    model.addAttribute("slot", SlotView.of(found.slot(), true, calendar, language));
                    model.addAttribute("when", when(found.slot(), language));
                    model.addAttribute("cancelled", found.status() == BookingStatus.CANCELLED);
                })
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
        return booking.slots(calendar, LocalDate.now(Slot.ZONE), DAYS, language).map(slots -> {
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            errors.forEach(error -> fieldErrors.putIfAbsent(error.field(), error.message()));
            model.addAttribute("screeningId", screening.id());
            model.addAttribute("target", target.name());
            model.addAttribute("team", calendar.team(language));
            model.addAttribute("mayBookTeam", screening.decision().bookingTarget() == BookingTarget.WORK_ABILITY_TEAM);
            model.addAttribute(
                    "slots",
                    slots.stream()
                            .filter(SlotView::available)
                            .map(slot -> new Choice(slot, when(slot, language)))
                            .toList());
            model.addAttribute("typed", typed);
            model.addAttribute("errors", errors);
            model.addAttribute("fieldErrors", fieldErrors);
            model.addAttribute("conflict", conflict != null);
            model.addAttribute(
                    "requestId",
                    typed.getOrDefault("requestId", java.util.UUID.randomUUID().toString()));
            return true;
        });
    }

    private static String when(SlotView slot, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(language.locale())
                .format(OffsetDateTime.parse(slot.start()).atZoneSameInstant(Slot.ZONE));
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

    /** A slot as a choice of the form, with its time written out in the page's language. */
    record Choice(SlotView slot, String when) {}
}
