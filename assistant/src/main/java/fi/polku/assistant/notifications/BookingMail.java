package fi.polku.assistant.notifications;

import fi.polku.assistant.booking.Booking;
import fi.polku.assistant.booking.BookingCalendarFile;
import fi.polku.assistant.booking.Calendars;
import fi.polku.assistant.booking.Slot;
import fi.polku.assistant.system.ApiMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes the mail about a booking in the booking's language (bundle {@code notifications/messages}) with its calendar
 * file attached as {@code text/calendar}: REQUEST for a confirmation or reminder, CANCEL for a cancellation.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class BookingMail {

    private final JavaMailSender sender;
    private final BookingCalendarFile calendarFile;
    private final Calendars calendars;
    private final ApiMessages messages;
    private final NotificationSettings settings;

    BookingMail(
            JavaMailSender sender,
            BookingCalendarFile calendarFile,
            Calendars calendars,
            ApiMessages messages,
            NotificationSettings settings) {
        this.sender = sender;
        this.calendarFile = calendarFile;
        this.calendars = calendars;
        this.messages = messages;
        this.settings = settings;
    }

    MimeMessage write(Booking booking, MailKind kind) throws MessagingException {
        String team = calendars
                .find(booking.calendarId())
                .map(calendar -> calendar.team(booking.language()))
                .orElse("");
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(booking.language().locale())
                .format(booking.start().atZone(Slot.ZONE).toLocalDateTime());
        String channel =
                messages.text("notifications.channel." + booking.channel().code(), booking.language());
        String key = "notifications." + kind.code();
        String ics = calendarFile.invitation(booking);
        String method = kind == MailKind.CANCELLATION ? "CANCEL" : "REQUEST";

        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(Objects.requireNonNull(booking.contact().email()));
        helper.setSubject(messages.text(key + ".subject", booking.language(), team, time));
        helper.setText(messages.text(
                key + ".body", booking.language(), booking.contact().name(), team, time, channel));
        helper.addAttachment(
                "polku.ics",
                new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
                "text/calendar; charset=UTF-8; method=" + method);
        return mail;
    }

    void send(MimeMessage mail) {
        sender.send(mail);
    }
}
