package fi.polku.assistant.booking;

import fi.polku.assistant.screening.Screening;
import fi.polku.assistant.screening.ScreeningStore;
import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.assistant.system.RandomIds;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Booking a time: the slots a calendar offers with their availability, holds while the form is filled in, taking a
 * slot atomically (never two bookings on one seat), idempotent retries, cancelling and rescheduling with the token.
 */
@Service
public class BookingManagement {

    private static final Logger log = LoggerFactory.getLogger(BookingManagement.class);

    /** How many days a 409 looks ahead for the next free slots. */
    private static final int ALTERNATIVES_DAYS = 21;

    private static final Duration MIN_ID_TTL = Duration.ofHours(1);

    private final Calendars calendars;
    private final SlotLedger ledger;
    private final HoldStore holds;
    private final BookingStore bookings;
    private final ScreeningStore screenings;
    private final ContactValidator contacts;
    private final BookingSettings settings;
    private final RandomIds ids;
    private final ApiMessages messages;
    private final ApplicationEventPublisher events;
    private final List<BookingHandoff> handoffs;
    private final SlotIdStore slotIds;
    private final @Nullable ExternalSlots external;
    private final Clock clock;

    BookingManagement(
            Calendars calendars,
            SlotLedger ledger,
            HoldStore holds,
            BookingStore bookings,
            ScreeningStore screenings,
            ContactValidator contacts,
            BookingSettings settings,
            RandomIds ids,
            ApiMessages messages,
            ApplicationEventPublisher events,
            ObjectProvider<BookingHandoff> handoffs,
            SlotIdStore slotIds,
            ObjectProvider<ExternalSlots> external,
            Clock clock) {
        this.calendars = calendars;
        this.ledger = ledger;
        this.holds = holds;
        this.bookings = bookings;
        this.screenings = screenings;
        this.contacts = contacts;
        this.settings = settings;
        this.ids = ids;
        this.messages = messages;
        this.events = events;
        this.handoffs = handoffs.orderedStream().toList();
        this.slotIds = slotIds;
        this.external = external.getIfAvailable();
        this.clock = clock;
    }

    /**
     * The calendar's slots from the date on for so many days, each under its public id with whether a seat is free
     * now. With an external scheduling system the slots are its free ones; when it cannot be asked, 503 with the
     * calendar's phone number, never Polku's own times in their place.
     */
    public Mono<List<SlotView>> slots(BookingCalendar calendar, LocalDate from, int days, Language language) {
        ZonedDateTime earliest = Calendars.earliest(clock, settings.minNotice());
        Mono<List<Slot>> offered = external == null
                ? Mono.just(Calendars.slots(calendar, from, days, earliest))
                : external.free(
                                calendar,
                                from.atStartOfDay(Slot.ZONE),
                                from.plusDays(days).atStartOfDay(Slot.ZONE))
                        .filter(slot -> !slot.start().isBefore(earliest))
                        .sort(Comparator.comparing(Slot::start).thenComparing(Slot::channel))
                        .collectList()
                        .onErrorMap(
                                error -> !(error instanceof ApiProblem),
                                error -> unavailable(calendar, error, language));
        int capacity = external == null ? calendar.capacity() : 1;
        return offered.flatMap(slots -> ledger.taken(
                        slots.stream().map(Slot::time).distinct().toList(), capacity)
                .zipWith(publicIds(slots))
                .map(found -> slots.stream()
                        .map(slot -> SlotView.of(
                                found.getT2().get(slot.key()),
                                slot,
                                found.getT1().getOrDefault(slot.time(), 0) < capacity,
                                calendar,
                                language))
                        .toList()));
    }

    /** The slot as the API shows it, under its public id. */
    public Mono<SlotView> view(Slot slot, boolean available, Language language) {
        BookingCalendar calendar = calendars.find(slot.calendarId()).orElseThrow();
        return publicIds(List.of(slot))
                .map(found -> SlotView.of(found.get(slot.key()), slot, available, calendar, language));
    }

    /** The slot a public id names (also a past one), or empty when the id is unknown or expired. */
    public Mono<Slot> slotOf(String slotId) {
        if (!RandomIds.looksLikeId(slotId)) {
            return Mono.empty();
        }
        return slotIds.key(slotId)
                .flatMap(key -> Mono.justOrEmpty(Slot.parse(key).flatMap(calendars::resolve)))
                // an external slot is bookable only while the external system is the booking system, and vice versa
                .filter(slot -> (slot.externalId() != null) == (external != null));
    }

    /**
     * Gives each slot its public id: the one it has, else a new random one, kept until a day after the slot (at least
     * an hour, so that a past booking's view names its slot alike for a while).
     */
    private Mono<Map<String, String>> publicIds(List<Slot> slots) {
        Instant now = clock.instant();
        Map<String, SlotIdStore.Wanted> wanted = new LinkedHashMap<>();
        for (Slot slot : slots) {
            Duration ttl = Duration.between(now, slot.end().toInstant()).plusDays(1);
            wanted.computeIfAbsent(
                    slot.key(),
                    key -> new SlotIdStore.Wanted(key, ids.next(), ttl.compareTo(MIN_ID_TTL) < 0 ? MIN_ID_TTL : ttl));
        }
        return slotIds.assign(List.copyOf(wanted.values()));
    }

    /** 503: the external booking system could not be asked; the resident is told so and given the team's phone. */
    private ApiProblem unavailable(BookingCalendar calendar, Throwable error, Language language) {
        log.warn("External booking system unavailable: {}", error.getClass().getName());
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("team", calendar.team(language));
        if (calendar.phone() != null) {
            contact.put("phone", calendar.phone());
        }
        FieldProblem problem = calendar.phone() != null
                ? messages.problem(
                        "bookingSystem",
                        "booking.system.unavailable-phone",
                        language,
                        calendar.team(language),
                        calendar.phone())
                : messages.problem("bookingSystem", "booking.system.unavailable", language, calendar.team(language));
        return ApiProblem.unavailable(problem, language, Map.of("contact", contact));
    }

    /** The calendar of a target for a municipality (its own or the one serving everyone else). */
    public Calendars calendars() {
        return calendars;
    }

    /** Holds a free slot for {@link BookingSettings#hold()}; 409 with the next free slots when it is full. */
    public Mono<Hold> hold(String slotId, Language language) {
        return slot(slotId, language).flatMap(resolved -> {
            Slot slot = resolved.slot();
            Hold hold = new Hold(ids.next(), resolved.id(), clock.instant().plus(settings.hold()), 0);
            return ledger.take(slot.time(), capacity(slot), hold.seatOwner(), settings.hold())
                    .flatMap(taken -> taken ? holds.save(hold, settings.hold()) : slotTaken(resolved, language));
        });
    }

    /** Extends a live hold to {@link BookingSettings#hold()} from now; 404 when it lapsed, 409 past the limit. */
    public Mono<Hold> extend(String holdId, Language language) {
        return findHold(holdId, language).flatMap(hold -> {
            if (hold.extensions() >= settings.holdExtensions()) {
                return Mono.error(ApiProblem.conflict(
                        messages.problem("holdId", "booking.hold.extensions-used", language, settings.holdExtensions()),
                        language,
                        Map.of()));
            }
            Hold extended =
                    new Hold(hold.id(), hold.slotId(), clock.instant().plus(settings.hold()), hold.extensions() + 1);
            return slot(hold.slotId(), language)
                    .map(ResolvedSlot::slot)
                    .flatMap(slot -> ledger.extend(slot.time(), capacity(slot), hold.seatOwner(), settings.hold()))
                    .flatMap(kept -> kept ? holds.save(extended, settings.hold()) : Mono.error(holdNotFound(language)));
        });
    }

    /** Releases a hold: its seat is free at once. Idempotent. */
    public Mono<Void> release(String holdId) {
        if (!RandomIds.looksLikeId(holdId)) {
            return Mono.empty();
        }
        return holds.find(holdId)
                .flatMap(hold -> slotOf(hold.slotId())
                        .flatMap(slot -> ledger.release(slot.time(), capacity(slot), hold.seatOwner()))
                        .then(holds.delete(holdId)))
                .then();
    }

    /**
     * Books a slot for a screening: validates, checks the screening and its target, takes the slot atomically and
     * saves the booking. A repeated {@code Idempotency-Key} (per screening) returns the same booking.
     */
    public Mono<BookedTime> book(BookingRequest request, @Nullable String idempotencyKey, Language language) {
        return Mono.defer(() -> validate(request, language)).flatMap(valid -> {
            return screenings
                    .find(valid.screeningId())
                    .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(
                            messages.problem("screeningId", "booking.screening.not-found", language), language)))
                    .flatMap(screening -> {
                        if (valid.slot().calendarTarget() == BookingTarget.WORK_ABILITY_TEAM
                                && screening.decision().bookingTarget() != BookingTarget.WORK_ABILITY_TEAM) {
                            return Mono.error(ApiProblem.conflict(
                                    messages.problem("slotId", "booking.slot.team-needs-result", language),
                                    language,
                                    Map.of()));
                        }
                        String token = ids.next();
                        String bookingId = ids.next();
                        if (idempotencyKey == null) {
                            return take(valid, screening, bookingId, token, language);
                        }
                        String key = sha256(screening.id() + "\n" + idempotencyKey);
                        return bookings.claimIdempotencyKey(key, bookingId + ":" + token, settings.idempotencyExpiry())
                                .flatMap(owner -> owner.equals(bookingId + ":" + token)
                                        ? take(valid, screening, bookingId, token, language)
                                                .onErrorResume(error -> bookings.releaseIdempotencyKey(
                                                                key, bookingId + ":" + token)
                                                        .then(Mono.error(error)))
                                        : replay(owner, valid, language));
                    });
        });
    }

    /** The booking when the token is its cancel token: 404 for an unknown id, 403 for a wrong token. */
    public Mono<Booking> find(String bookingId, @Nullable String token, Language language) {
        if (!RandomIds.looksLikeId(bookingId)) {
            return Mono.error(bookingNotFound(language));
        }
        return bookings.find(bookingId)
                .switchIfEmpty(Mono.error(() -> bookingNotFound(language)))
                .flatMap(booking -> tokenMatches(booking, token)
                        ? Mono.just(booking)
                        : Mono.error(ApiProblem.forbidden(
                                messages.problem("token", "booking.token.wrong", language), language)));
    }

    /** Cancels the booking: its seat is free at once. Cancelling a cancelled booking changes nothing. */
    public Mono<Booking> cancel(String bookingId, @Nullable String token, Language language) {
        return find(bookingId, token, language).flatMap(booking -> {
            if (booking.status() == BookingStatus.CANCELLED) {
                return Mono.just(booking);
            }
            Booking cancelled = booking.cancelled(clock.instant());
            Slot slot = booking.slot();
            return bookings.save(cancelled, ttl(booking.end()))
                    .flatMap(saved -> ledger.release(slot.time(), capacity(slot), booking.seatOwner())
                            .thenReturn(saved))
                    .flatMap(saved ->
                            handOff(handoff -> handoff.cancelled(saved)).thenReturn(saved))
                    .doOnNext(saved -> events.publishEvent(new BookingCancelled(saved.id())));
        });
    }

    /**
     * Moves a confirmed booking to another slot of the same target: the new seat is taken before the old one is
     * freed, so a failed move keeps the old time. A cancelled booking cannot be moved (409).
     */
    public Mono<Booking> reschedule(String bookingId, @Nullable String token, String slotId, Language language) {
        return find(bookingId, token, language).flatMap(booking -> {
            if (booking.status() == BookingStatus.CANCELLED) {
                return Mono.error(ApiProblem.conflict(
                        messages.problem("bookingId", "booking.booking.cancelled", language), language, Map.of()));
            }
            if (external != null) {
                // the external system names the Appointment by the booking id: a move would need a new one there
                return Mono.error(ApiProblem.conflict(
                        messages.problem("slotId", "booking.slot.move-external", language), language, Map.of()));
            }
            return slot(slotId, language).flatMap(resolved -> move(booking, resolved, language));
        });
    }

    private Mono<Booking> move(Booking booking, ResolvedSlot resolved, Language language) {
        Slot slot = resolved.slot();
        BookingCalendar calendar = calendars.find(slot.calendarId()).orElseThrow();
        if (calendar.target() != booking.target()) {
            return Mono.error(ApiProblem.conflict(
                    messages.problem("slotId", "booking.slot.other-target", language), language, Map.of()));
        }
        Slot old = booking.slot();
        if (old.key().equals(slot.key())) {
            return Mono.just(booking);
        }
        Booking moved = new Booking(
                booking.id(),
                booking.tokenHash(),
                booking.screeningId(),
                booking.target(),
                calendar.id(),
                calendar.municipality(),
                slot.start().toInstant(),
                slot.end().toInstant(),
                slot.channel(),
                booking.contact(),
                booking.consentToShare(),
                booking.notes(),
                booking.language(),
                booking.source(),
                BookingStatus.CONFIRMED,
                booking.sequence() + 1,
                booking.createdAt(),
                null,
                slot.externalId());
        if (old.time().equals(slot.time())) {
            // same time, other channel: the seat stays
            return bookings.save(moved, ttl(moved.end()));
        }
        return ledger.take(slot.time(), capacity(slot), booking.seatOwner(), seatTtl(slot))
                .flatMap(taken -> taken ? bookings.save(moved, ttl(moved.end())) : slotTaken(resolved, language))
                .flatMap(saved -> ledger.release(old.time(), capacity(old), booking.seatOwner())
                        .thenReturn(saved))
                .flatMap(saved -> handOff(handoff -> handoff.changed(saved)).thenReturn(saved));
    }

    /** Runs every hand-off in turn; a failure is logged by its type only (messages may hold personal data). */
    private Mono<Void> handOff(Function<BookingHandoff, Mono<Void>> call) {
        return Flux.fromIterable(handoffs)
                .concatMap(handoff -> call.apply(handoff).onErrorResume(error -> {
                    log.error(
                            "Booking hand-off {} failed: {}",
                            handoff.getClass().getSimpleName(),
                            error.getClass().getName());
                    return Mono.empty();
                }))
                .then();
    }

    private Mono<BookedTime> take(Valid valid, Screening screening, String bookingId, String token, Language language) {
        Slot slot = valid.slot().slot();
        String owner = "booking:" + bookingId;
        Mono<Boolean> seat = valid.holdId() == null
                ? ledger.take(slot.time(), capacity(slot), owner, seatTtl(slot))
                : holds.find(valid.holdId())
                        .filter(hold -> hold.slotId().equals(valid.slot().id()))
                        .flatMap(hold -> ledger.transfer(
                                        slot.time(), capacity(slot), hold.seatOwner(), owner, seatTtl(slot))
                                .flatMap(moved -> holds.delete(hold.id()).thenReturn(moved)))
                        .filter(Boolean::booleanValue)
                        // a lapsed hold: the slot may still be free
                        .switchIfEmpty(
                                Mono.defer(() -> ledger.take(slot.time(), capacity(slot), owner, seatTtl(slot))));
        BookingCalendar calendar = calendars.find(slot.calendarId()).orElseThrow();
        Booking booking = new Booking(
                bookingId,
                sha256(token),
                screening.id(),
                calendar.target(),
                calendar.id(),
                calendar.municipality(),
                slot.start().toInstant(),
                slot.end().toInstant(),
                slot.channel(),
                valid.contact(),
                true,
                valid.notes(),
                language,
                screening.source(),
                BookingStatus.CONFIRMED,
                0,
                clock.instant(),
                null,
                slot.externalId());
        return seat.flatMap(taken -> taken ? Mono.just(booking) : slotTaken(valid.slot(), language))
                .flatMap(confirmed -> bookedThere(confirmed, valid.slot(), owner, language))
                .flatMap(confirmed -> bookings.save(confirmed, ttl(confirmed.end()))
                        // the seat must not stay taken by a booking that was never saved
                        .onErrorResume(error -> ledger.release(slot.time(), capacity(slot), owner)
                                .then(Mono.error(error))))
                .flatMap(saved ->
                        handOff(handoff -> handoff.confirmed(saved, screening)).thenReturn(saved))
                .doOnNext(saved -> events.publishEvent(
                        new BookingConfirmed(saved.id(), saved.target(), saved.municipality(), saved.start())))
                .map(saved -> new BookedTime(saved, token, false));
    }

    /**
     * With an external scheduling system, the booking is made there before Polku confirms it: a slot taken there
     * meanwhile gives 409 with the next free slots, a system that cannot be reached 503 with the team's phone; either
     * way Polku's seat is freed at once.
     */
    private Mono<Booking> bookedThere(Booking booking, ResolvedSlot resolved, String owner, Language language) {
        Slot slot = resolved.slot();
        if (external == null || slot.externalId() == null) {
            return Mono.just(booking);
        }
        BookingCalendar calendar = calendars.find(slot.calendarId()).orElseThrow();
        Mono<Void> free = ledger.release(slot.time(), capacity(slot), owner).then();
        return external.book(booking)
                .onErrorResume(
                        error -> free.then(withdraw(booking)).then(Mono.error(unavailable(calendar, error, language))))
                .flatMap(booked -> booked ? Mono.just(booking) : free.then(slotTaken(resolved, language)));
    }

    /**
     * After a failed create the external system may still have made the Appointment (only its answer was lost), and
     * it would hold the Slot there for nobody. So the booking is kept as cancelled, without the resident's details,
     * and handed off as a change: the outbox then cancels any Appointment under its identifier, retrying until done.
     */
    private Mono<Void> withdraw(Booking booking) {
        Booking withdrawn = booking.withoutContact().cancelled(clock.instant());
        return bookings.save(withdrawn, ttl(withdrawn.end()))
                .flatMap(saved -> handOff(handoff -> handoff.changed(saved)))
                .onErrorResume(error -> Mono.empty());
    }

    private Mono<BookedTime> replay(String owner, Valid valid, Language language) {
        String bookingId = owner.substring(0, owner.indexOf(':'));
        String token = owner.substring(owner.indexOf(':') + 1);
        return bookings.find(bookingId)
                // the first request may still be saving its booking
                .repeatWhenEmpty(repeats -> repeats.take(30).delayElements(Duration.ofMillis(100)))
                .switchIfEmpty(Mono.error(() -> ApiProblem.conflict(
                        messages.problem("Idempotency-Key", "booking.idempotency.in-progress", language),
                        language,
                        Map.of())))
                .flatMap(booking ->
                        booking.slot().key().equals(valid.slot().slot().key())
                                ? Mono.just(new BookedTime(booking, token, true))
                                : Mono.error(ApiProblem.conflict(
                                        messages.problem(
                                                "Idempotency-Key", "booking.idempotency.other-request", language),
                                        language,
                                        Map.of())));
    }

    /** Resolves the slot id first (a store lookup), then checks every field at once. */
    private Mono<Valid> validate(BookingRequest request, Language language) {
        String slotId = request.slotId();
        Mono<Optional<ResolvedSlot>> slot = slotId == null || slotId.isBlank()
                ? Mono.just(Optional.empty())
                : resolve(slotId).map(Optional::of).defaultIfEmpty(Optional.empty());
        return slot.map(resolved -> validate(request, resolved.orElse(null), language));
    }

    private Valid validate(BookingRequest request, @Nullable ResolvedSlot slot, Language language) {
        List<FieldProblem> problems = new ArrayList<>();
        String screeningId = request.screeningId();
        if (screeningId == null || screeningId.isBlank()) {
            problems.add(messages.problem("screeningId", "booking.screening-id.missing", language));
        }
        if (request.slotId() == null || request.slotId().isBlank()) {
            problems.add(messages.problem("slotId", "booking.slot-id.missing", language));
        } else if (slot == null) {
            problems.add(messages.problem("slotId", "booking.slot-id.unknown", language));
        }
        String holdId = request.holdId();
        if (holdId != null && !RandomIds.looksLikeId(holdId)) {
            problems.add(messages.problem("holdId", "booking.hold.not-found", language));
        }
        ContactValidator.Result contact = contacts.check(request.contact(), language);
        problems.addAll(contact.problems());
        if (!Boolean.TRUE.equals(request.consentToShare())) {
            problems.add(messages.problem("consentToShare", "booking.consent.missing", language));
        }
        String notes = contacts.text("notes", request.notes(), ContactValidator.TEXT_MAX, problems, language);
        if (!problems.isEmpty() || slot == null || screeningId == null || contact.contact() == null) {
            throw ApiProblem.badRequest(problems, language);
        }
        if (!RandomIds.looksLikeId(screeningId)) {
            throw ApiProblem.notFound(
                    messages.problem("screeningId", "booking.screening.not-found", language), language);
        }
        return new Valid(screeningId, slot, holdId, contact.contact(), notes);
    }

    /** The slot a public id names, if it may still be booked (not before the minimum notice); else empty. */
    private Mono<ResolvedSlot> resolve(String slotId) {
        ZonedDateTime earliest = Calendars.earliest(clock, settings.minNotice());
        return slotOf(slotId)
                .filter(slot -> !slot.start().isBefore(earliest))
                .map(slot -> new ResolvedSlot(
                        slotId,
                        slot,
                        calendars.find(slot.calendarId()).orElseThrow().target()));
    }

    private Mono<ResolvedSlot> slot(String slotId, Language language) {
        return resolve(slotId)
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound(
                        messages.problem("slotId", "booking.slot-id.unknown", language), language)));
    }

    /** A live hold, or 404 naming {@code holdId} when it lapsed or never was. */
    Mono<Hold> findHold(String holdId, Language language) {
        if (!RandomIds.looksLikeId(holdId)) {
            return Mono.error(holdNotFound(language));
        }
        return holds.find(holdId).switchIfEmpty(Mono.error(() -> holdNotFound(language)));
    }

    /**
     * 409 naming the slot, with the next free slots of its calendar (the same channel first); when those cannot be
     * listed (an external system that just failed), the 409 comes with none.
     */
    private <T> Mono<T> slotTaken(ResolvedSlot taken, Language language) {
        Slot slot = taken.slot();
        BookingCalendar calendar = calendars.find(slot.calendarId()).orElseThrow();
        String channel = slot.channel().code();
        return slots(calendar, slot.start().toLocalDate(), ALTERNATIVES_DAYS, language)
                .onErrorReturn(List.of())
                .map(all -> all.stream()
                        .filter(view -> view.available() && !view.id().equals(taken.id()))
                        // stable sort: the same channel first, each group in time order
                        .sorted((a, b) -> Boolean.compare(
                                !a.channel().equals(channel), !b.channel().equals(channel)))
                        .limit(settings.alternatives())
                        .toList())
                .flatMap(next -> Mono.error(ApiProblem.conflict(
                        messages.problem("slotId", "booking.slot.taken", language), language, Map.of("slots", next))));
    }

    private ApiProblem holdNotFound(Language language) {
        return ApiProblem.notFound(messages.problem("holdId", "booking.hold.not-found", language), language);
    }

    private ApiProblem bookingNotFound(Language language) {
        return ApiProblem.notFound(messages.problem("bookingId", "booking.booking.not-found", language), language);
    }

    /** An external slot has one seat in Polku (the external system keeps its own capacity). */
    private int capacity(Slot slot) {
        return slot.externalId() != null
                ? 1
                : calendars.find(slot.calendarId()).orElseThrow().capacity();
    }

    /** A booked seat is kept until a day after the meeting; nothing after that can need it. */
    private Duration seatTtl(Slot slot) {
        return Duration.between(clock.instant(), slot.end().toInstant()).plusDays(1);
    }

    /** A booking (with contact details) is kept for the retention time after its meeting ended. */
    private Duration ttl(Instant end) {
        return Duration.between(clock.instant(), end).plus(settings.retention());
    }

    private static boolean tokenMatches(Booking booking, @Nullable String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        // constant time: the comparison takes as long whatever prefix matches
        return MessageDigest.isEqual(
                sha256(token).getBytes(StandardCharsets.US_ASCII),
                booking.tokenHash().getBytes(StandardCharsets.US_ASCII));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A booking as just made or replayed, with the cancel token that only its maker gets. */
    public record BookedTime(Booking booking, String cancelToken, boolean replayed) {}

    /** A slot found by its public id. */
    private record ResolvedSlot(String id, Slot slot, BookingTarget calendarTarget) {}

    private record Valid(
            String screeningId,
            ResolvedSlot slot,
            @Nullable String holdId,
            Contact contact,
            @Nullable String notes) {}
}
