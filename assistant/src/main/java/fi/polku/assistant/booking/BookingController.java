package fi.polku.assistant.booking;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/bookings}; with the cancel token: {@code GET}, {@code DELETE /api/bookings/{id}}, {@code POST
 * /api/bookings/{id}/reschedule} and {@code GET /api/bookings/{id}/calendar.ics}.
 */
@RestController
@RequestMapping("/api/bookings")
class BookingController {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final BookingManagement booking;
    private final BookingCalendarFile calendarFile;

    BookingController(BookingManagement booking, BookingCalendarFile calendarFile) {
        this.booking = booking;
        this.calendarFile = calendarFile;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<BookingResponse> book(
            @RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(request.lang(), lang);
        return booking.book(request, idempotencyKey, language)
                .flatMap(booked -> response(booked.booking(), booked.cancelToken(), language));
    }

    @GetMapping("/{bookingId}")
    Mono<BookingResponse> find(
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return booking.find(bookingId, token, language).flatMap(found -> response(found, null, language));
    }

    @DeleteMapping("/{bookingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> cancel(
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String lang) {
        return booking.cancel(bookingId, token, ApiMessages.language(null, lang))
                .then();
    }

    @PostMapping(path = "/{bookingId}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<BookingResponse> reschedule(
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            @RequestBody RescheduleRequest request,
            @RequestParam(required = false) @Nullable String lang) {
        Language language = ApiMessages.language(null, lang);
        return booking.reschedule(bookingId, token, request.slotId() == null ? "" : request.slotId(), language)
                .flatMap(moved -> response(moved, null, language));
    }

    @GetMapping("/{bookingId}/calendar.ics")
    Mono<ResponseEntity<String>> calendar(
            @PathVariable String bookingId,
            @RequestParam(required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String lang) {
        return booking.find(bookingId, token, ApiMessages.language(null, lang))
                .map(found -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"polku-booking.ics\"")
                        .body(calendarFile.of(found)));
    }

    private Mono<BookingResponse> response(Booking found, @Nullable String token, Language language) {
        return booking.view(found.slot(), found.status() == BookingStatus.CONFIRMED, language)
                .map(slot ->
                        new BookingResponse(found.id(), token, slot, found.target(), found.status(), found.sequence()));
    }

    /** A booking; {@code cancelToken} only in the answer that made it (and its idempotent repeats). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record BookingResponse(
            String bookingId,
            @Nullable String cancelToken,
            SlotView slot,
            BookingTarget target,
            BookingStatus status,
            int sequence) {}

    /** The body of a reschedule: the new slot. */
    record RescheduleRequest(@Nullable String slotId) {}
}
