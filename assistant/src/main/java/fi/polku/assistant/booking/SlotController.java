package fi.polku.assistant.booking;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/slots} and the holds: {@code POST /api/slots/{slotId}/holds}, {@code POST
 * /api/holds/{holdId}/extension} and {@code DELETE /api/holds/{holdId}}.
 */
@RestController
class SlotController {

    private final BookingManagement booking;
    private final BookingSettings settings;
    private final ApiMessages messages;
    private final Clock clock;

    SlotController(BookingManagement booking, BookingSettings settings, ApiMessages messages, Clock clock) {
        this.booking = booking;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/slots")
    Mono<SlotsResponse> slots(
            @RequestParam(required = false) @Nullable String target,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String days,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        List<FieldProblem> problems = new ArrayList<>();
        BookingTarget bookingTarget = target(target, problems, language);
        LocalDate start = LocalDate.now(clock.withZone(Slot.ZONE));
        if (from != null && !from.isBlank()) {
            try {
                start = LocalDate.parse(from.strip());
            } catch (DateTimeParseException e) {
                problems.add(messages.problem("from", "booking.from.invalid", language));
            }
        }
        int span = 14;
        if (days != null && !days.isBlank()) {
            try {
                span = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                span = -1;
            }
            if (span < 1 || span > settings.maxDays()) {
                problems.add(messages.problem("days", "booking.days.range", language, 1, settings.maxDays()));
            }
        }
        if (!problems.isEmpty() || bookingTarget == null) {
            return Mono.error(ApiProblem.badRequest(problems, language));
        }
        String slug = municipality == null ? "" : municipality.strip().toLowerCase(Locale.ROOT);
        LocalDate first = start;
        int count = span;
        return booking.calendars()
                .serving(bookingTarget, slug)
                .map(calendar -> booking.slots(calendar, first, count, language))
                .orElse(Mono.just(List.of()))
                .map(SlotsResponse::new);
    }

    @PostMapping("/api/slots/{slotId}/holds")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<HoldResponse> hold(@PathVariable String slotId, @RequestParam(required = false) @Nullable String lang) {
        return booking.hold(slotId, ApiMessages.language(null, lang)).map(HoldResponse::of);
    }

    @PostMapping("/api/holds/{holdId}/extension")
    Mono<HoldResponse> extend(@PathVariable String holdId, @RequestParam(required = false) @Nullable String lang) {
        return booking.extend(holdId, ApiMessages.language(null, lang)).map(HoldResponse::of);
    }

    @DeleteMapping("/api/holds/{holdId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> release(@PathVariable String holdId) {
        return booking.release(holdId);
    }

    private @Nullable BookingTarget target(@Nullable String target, List<FieldProblem> problems, Language language) {
        if (target == null || target.isBlank()) {
            problems.add(messages.problem("target", "booking.target.invalid", language));
            return null;
        }
        try {
            return BookingTarget.valueOf(target.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(messages.problem("target", "booking.target.invalid", language));
            return null;
        }
    }

    /** The slots of the calendar that serves the municipality. */
    record SlotsResponse(List<SlotView> slots) {}

    /** A hold: how long the slot is kept and how many more extensions remain. */
    record HoldResponse(String holdId, String slotId, String expiresAt, int extensions) {

        static HoldResponse of(Hold hold) {
            return new HoldResponse(hold.id(), hold.slotId(), hold.expiresAt().toString(), hold.extensions());
        }
    }
}
