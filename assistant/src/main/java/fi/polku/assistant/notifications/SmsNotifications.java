package fi.polku.assistant.notifications;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCancelled;
import fi.polku.assistant.booking.BookingConfirmed;
import fi.polku.assistant.booking.BookingStore;
import fi.polku.assistant.booking.Slot;
import fi.polku.assistant.system.ApiMessages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Texts the resident who gave a phone number when a booking is confirmed or cancelled, through the SMS port. */
@Component
class SmsNotifications {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifications.class);

    private final BookingStore bookings;
    private final SmsSender sms;
    private final ApiMessages messages;

    SmsNotifications(BookingStore bookings, SmsSender sms, ApiMessages messages) {
        this.bookings = bookings;
        this.sms = sms;
        this.messages = messages;
    }

    @EventListener
    void on(BookingConfirmed event) {
        text(event.bookingId(), MailKind.CONFIRMATION).subscribe(null, this::failed);
    }

    @EventListener
    void on(BookingCancelled event) {
        text(event.bookingId(), MailKind.CANCELLATION).subscribe(null, this::failed);
    }

    Mono<Void> text(String bookingId, MailKind kind) {
        return bookings.find(bookingId).flatMap(booking -> {
            String phone = booking.contact().phone();
            return phone == null ? Mono.empty() : sms.send(phone, text(booking, kind));
        });
    }

    private String text(Booking booking, MailKind kind) {
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(booking.language().locale())
                .format(booking.start().atZone(Slot.ZONE).toLocalDateTime());
        return messages.text("notifications.sms." + kind.code(), booking.language(), time);
    }

    private void failed(Throwable error) {
        log.warn("SMS failed: {}", error.getClass().getName());
    }
}
