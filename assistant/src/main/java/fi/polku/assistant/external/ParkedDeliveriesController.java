package fi.polku.assistant.external;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.Slot;
import fi.polku.assistant.referral.AuditEntry;
import fi.polku.assistant.referral.AuditLog;
import fi.polku.assistant.referral.Referral;
import fi.polku.assistant.referral.ReferralSettings;
import fi.polku.assistant.referral.ReferralStore;
import fi.polku.assistant.staff.StaffAccount;
import fi.polku.assistant.staff.StaffDirectory;
import fi.polku.assistant.system.PageController;
import fi.polku.assistant.system.PageLanguages;
import fi.polku.segmentation.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The staff page of parked deliveries ({@code /staff/outbox}, ADMIN only): what the outbox relay gave up on after its
 * retries, with a "retry now" button ({@code POST /staff/outbox/retry}, CSRF) whose use is audited on the referral.
 * It shows what staff may see of a delivery (referral id, target, municipality, attempts, the kind of the last error,
 * times), never the resident's details or the error's message.
 */
@PageController
class ParkedDeliveriesController {

    static final String PAGE = "staff/outbox";
    private static final int LIMIT = 200;
    /** An outbox key: a booking id (22 base64url characters) and what is delivered. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}:(create|cancel)");

    private final ObjectProvider<OutboxRelay> relay;
    private final BookingStore bookings;
    private final ReferralStore referrals;
    private final AuditLog audit;
    private final ReferralSettings settings;
    private final StaffDirectory staff;
    private final Clock clock;

    ParkedDeliveriesController(
            ObjectProvider<OutboxRelay> relay,
            BookingStore bookings,
            ReferralStore referrals,
            AuditLog audit,
            ReferralSettings settings,
            StaffDirectory staff,
            Clock clock) {
        this.relay = relay;
        this.bookings = bookings;
        this.referrals = referrals;
        this.audit = audit;
        this.settings = settings;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/staff/outbox")
    Mono<String> showParked(
            ServerWebExchange exchange, @RequestParam(required = false) @Nullable String retried, Model model) {
        Language language = PageLanguages.of(exchange);
        OutboxRelay outbox = relay.getIfAvailable();
        model.addAttribute("external", outbox != null);
        model.addAttribute("retried", "delivered".equals(retried) || "failed".equals(retried) ? retried : null);
        if (outbox == null) {
            // the built-in calendar delivers nothing anywhere, so nothing can be parked
            model.addAttribute("deliveries", List.of());
            return Mono.just(PAGE);
        }
        return outbox.parked(LIMIT)
                .concatMap(entry -> row(entry, language))
                .collectList()
                .doOnNext(rows -> model.addAttribute("deliveries", rows))
                .thenReturn(PAGE);
    }

    @PostMapping("/staff/outbox/retry")
    Mono<String> retryNow(ServerWebExchange exchange) {
        OutboxRelay outbox = relay.getIfAvailable();
        return exchange.getFormData().flatMap(form -> {
            String key = form.getFirst("entry");
            if (outbox == null || key == null || !KEY.matcher(key).matches()) {
                return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            String bookingId = key.substring(0, key.indexOf(':'));
            String kind = key.substring(key.indexOf(':') + 1).toUpperCase(Locale.ROOT);
            return account(exchange)
                    .flatMap(account -> outbox.retryNow(key)
                            .map(stillOwed -> "failed")
                            .defaultIfEmpty("delivered")
                            .flatMap(outcome -> audited(account, bookingId, kind, outcome)))
                    .map(outcome -> "redirect:/staff/outbox?retried=" + outcome);
        });
    }

    /** Records the retry on the referral's audit log (when the referral still exists). */
    private Mono<String> audited(StaffAccount account, String bookingId, String kind, String outcome) {
        return referrals
                .findByBooking(bookingId)
                .flatMap(referral -> audit.record(
                        new AuditEntry(
                                clock.instant(),
                                account.username(),
                                referral.id(),
                                "DELIVERY_RETRIED",
                                kind + " " + outcome.toUpperCase(Locale.ROOT)),
                        settings.auditRetention()))
                .thenReturn(outcome);
    }

    private Mono<ParkedDelivery> row(OutboxEntry entry, Language language) {
        Mono<Optional<Booking>> booking =
                bookings.find(entry.bookingId()).map(Optional::of).defaultIfEmpty(Optional.empty());
        Mono<Optional<String>> referral = referrals
                .findByBooking(entry.bookingId())
                .map(Referral::id)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(booking, referral)
                .map(found -> new ParkedDelivery(
                        entry.key(),
                        found.getT2().orElse(null),
                        found.getT1().map(b -> b.target().name()).orElse(null),
                        found.getT1().map(Booking::municipality).orElse(null),
                        entry.kind().name(),
                        entry.attempts(),
                        entry.lastFailureClass(),
                        time(entry.lastAttempt(), language),
                        found.getT1().map(b -> time(b.start(), language)).orElse(null)));
    }

    private static @Nullable String time(@Nullable Instant instant, Language language) {
        return instant == null
                ? null
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.locale())
                        .format(instant.atZone(Slot.ZONE));
    }

    private Mono<StaffAccount> account(ServerWebExchange exchange) {
        return exchange.getPrincipal().flatMap(principal -> Mono.justOrEmpty(staff.account(principal)));
    }

    /**
     * One parked delivery as the page shows it.
     *
     * @param key the outbox key, posted back by the retry form (in the body, never in an address)
     * @param referralId the referral of the booking, or null when it is gone
     * @param lastAttempt when the last attempt failed, Helsinki time in the page's language
     * @param meeting the booked time, Helsinki time in the page's language
     */
    record ParkedDelivery(
            String key,
            @Nullable String referralId,
            @Nullable String target,
            @Nullable String municipality,
            String kind,
            int attempts,
            @Nullable String lastError,
            @Nullable String lastAttempt,
            @Nullable String meeting) {}
}
