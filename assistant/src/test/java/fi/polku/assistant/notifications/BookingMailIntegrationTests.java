package fi.polku.assistant.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.polku.assistant.booking.MovableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Booking mails end to end against a real SMTP server (GreenMail): a booking through the API is confirmed in the
 * resident's language with its calendar file, reminded the day before, cancelled with a CANCEL file, and an SMTP outage
 * is recorded, retried and delivered once. The clock is moved by the test; the dispatcher is run by the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "polku.notifications.poll=PT1H",
            "polku.notifications.from=polku@example.fi",
            // the test server's own log names the recipients it creates; only our log is checked
            "logging.level.com.icegreen.greenmail=WARN"
        })
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class BookingMailIntegrationTests {

    private static final String NAME = "Åsa Mäkelä-Lindqvist";
    private static final String PHONE = "040 765 4321";
    private static volatile GreenMail smtp = started(new GreenMail(ServerSetupTest.SMTP.dynamicPort()));
    private static final int SMTP_PORT = smtp.getSmtp().getPort();

    @Autowired
    WebTestClient client;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MailJobStore jobs;

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void confirmsABookingInTheResidentsLanguageWithItsCalendarFile(CapturedOutput output) throws Exception {
        String email = address();
        Map<String, Object> booking = book(email, "sv");

        MimeMessage mail = sendAndReceive(email, MailKind.CONFIRMATION, booking);

        assertThat(mail.getSubject()).startsWith("Din tid är bokad");
        assertThat(text(mail)).startsWith("Hej " + NAME);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("polku@example.fi");
        Calendar ics = calendar(mail);
        assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event(ics).getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(booking.get("bookingId") + "@polku");
        assertThat(output.getAll()).doesNotContain(email, NAME, PHONE, "407654321", (String) booking.get("bookingId"));
    }

    @Test
    void remindsTheResidentTheDayBefore() throws Exception {
        String email = address();
        Map<String, Object> booking = book(email, "en");
        sendAndReceive(email, MailKind.CONFIRMATION, booking);
        MailJob reminder = job(booking, MailKind.REMINDER);
        assertThat(reminder.due()).isEqualTo(bookedStart(booking).minus(Duration.ofDays(1)));

        dispatcher.sendDue().block();
        assertThat(received(email)).hasSize(1);

        clock.advance(Duration.between(clock.instant(), reminder.due()));
        dispatcher.sendDue().block();

        assertThat(received(email)).hasSize(2);
        assertThat(received(email).get(1).getSubject()).startsWith("Reminder: your appointment tomorrow");
        assertThat(jobs.find(reminder.id()).block().sentAt()).isEqualTo(clock.instant());
    }

    @Test
    void recordsAnSmtpFailureAndDeliversOnceAfterRecovery(CapturedOutput output) throws Exception {
        String email = address();
        smtp.stop();
        Map<String, Object> booking;
        MailJob failed;
        try {
            booking = book(email, "fi");
            job(booking, MailKind.CONFIRMATION);

            dispatcher.sendDue().block();

            failed = jobs.find(MailJob.idOf((String) booking.get("bookingId"), MailKind.CONFIRMATION))
                    .block();
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.lastFailure()).contains("Mail");
            assertThat(failed.sentAt()).isNull();
            assertThat(failed.due()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        } finally {
            smtp = started(new GreenMail(ServerSetupTest.SMTP.withPort(SMTP_PORT)));
        }
        dispatcher.sendDue().block();
        assertThat(received(email)).as("not before its retry time").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        dispatcher.sendDue().block();
        clock.advance(Duration.ofMinutes(10));
        dispatcher.sendDue().block();

        List<MimeMessage> mails = received(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("Aikasi on varattu");
        MailJob sent = jobs.find(failed.id()).block();
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(output.getAll())
                .contains("CONFIRMATION mail failed, attempt 1")
                .doesNotContain(email, NAME, (String) booking.get("bookingId"));
    }

    @Test
    void dropsTheReminderAndSendsACancellationWhenABookingIsCancelled() throws Exception {
        String email = address();
        Map<String, Object> booking = book(email, "fi");
        sendAndReceive(email, MailKind.CONFIRMATION, booking);
        String bookingId = (String) booking.get("bookingId");

        client.delete()
                .uri("/api/bookings/{id}?token={t}", bookingId, booking.get("cancelToken"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        job(booking, MailKind.CANCELLATION);
        dispatcher.sendDue().block();

        List<MimeMessage> mails = received(email);
        assertThat(mails).hasSize(2);
        MimeMessage cancellation = mails.get(1);
        assertThat(cancellation.getSubject()).startsWith("Aikasi on peruttu");
        Calendar ics = calendar(cancellation);
        assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = event(ics);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(bookingId + "@polku");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(jobs.find(MailJob.idOf(bookingId, MailKind.REMINDER)).blockOptional())
                .isEmpty();

        clock.advance(Duration.between(clock.instant(), bookedStart(booking)));
        dispatcher.sendDue().block();
        assertThat(received(email)).hasSize(2);
    }

    @Test
    void confirmsAMovedBookingAgainAndMovesItsReminder() throws Exception {
        String email = address();
        Map<String, Object> booking = book(email, "en");
        sendAndReceive(email, MailKind.CONFIRMATION, booking);
        String bookingId = (String) booking.get("bookingId");
        Map<String, Object> later = slotAfter(bookedStart(booking).plus(Duration.ofDays(1)));

        client.post()
                .uri("/api/bookings/{id}/reschedule?token={t}", bookingId, booking.get("cancelToken"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"slotId\":\"" + later.get("id") + "\"}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(jobs.find(MailJob.idOf(bookingId, MailKind.REMINDER)).block().due())
                .isEqualTo(start(later).minus(Duration.ofDays(1)));
        dispatcher.sendDue().block();
        List<MimeMessage> mails = received(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Your appointment is booked");
        VEvent event = event(calendar(mails.get(1)));
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(bookingId + "@polku");
    }

    private MimeMessage sendAndReceive(String email, MailKind kind, Map<String, Object> booking) {
        job(booking, kind);
        dispatcher.sendDue().block();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        List<MimeMessage> mails = received(email);
        assertThat(mails).isNotEmpty();
        return mails.getLast();
    }

    /** The job, once the event listener has saved it. */
    private MailJob job(Map<String, Object> booking, MailKind kind) {
        String id = MailJob.idOf((String) booking.get("bookingId"), kind);
        return await().atMost(Duration.ofSeconds(5)).until(() -> jobs.find(id).block(), job -> job != null);
    }

    private static List<MimeMessage> received(String email) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(email));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) part(mail, "text/plain").getContent();
    }

    private static Calendar calendar(MimeMessage mail) throws Exception {
        BodyPart part = part(mail, "text/calendar");
        assertThat(part.getFileName()).endsWith(".ics");
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }

    private static VEvent event(Calendar ics) {
        return ics.<VEvent>getComponents("VEVENT").getFirst();
    }

    /** The first part of the type, searched through nested multiparts. */
    private static BodyPart part(MimeMessage mail, String type) throws Exception {
        BodyPart found = find((MimeMultipart) mail.getContent(), type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static BodyPart find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part;
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                BodyPart inner = find(nested, type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private Map<String, Object> book(String email, String lang) {
        String screening = (String)
                post("/api/screenings", "{\"lang\":\"fi\",\"answers\":{}}").get("id");
        // two days ahead at least, so a reminder the day before is still to come
        String slotId =
                (String) slotAfter(clock.instant().plus(Duration.ofDays(2))).get("id");
        return post("/api/bookings?lang=" + lang, """
                {"screeningId": "%s", "slotId": "%s",
                 "contact": {"name": "%s", "phone": "%s", "email": "%s"},
                 "consentToShare": true}
                """.formatted(screening, slotId, NAME, PHONE, email));
    }

    private Map<String, Object> slotAfter(Instant after) {
        return slots().stream()
                .filter(slot -> Boolean.TRUE.equals(slot.get("available")))
                .filter(slot -> start(slot).isAfter(after))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> slots() {
        Map<String, Object> body = client.get()
                .uri("/api/slots?target=SERVICE_GUIDANCE&municipality=oulu&days=30")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
        return (List<Map<String, Object>>) body.get("slots");
    }

    private Map<String, Object> post(String uri, String body) {
        return client.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Instant bookedStart(Map<String, Object> booking) {
        return start((Map<String, Object>) booking.get("slot"));
    }

    private static Instant start(Map<String, Object> slot) {
        return OffsetDateTime.parse((String) slot.get("start")).toInstant();
    }

    private static String address() {
        return "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
    }

    private static GreenMail started(GreenMail server) {
        server.start();
        return server;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingTime {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }
}
