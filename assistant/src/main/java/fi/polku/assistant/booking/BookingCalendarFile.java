package fi.polku.assistant.booking;

import fi.polku.assistant.system.ApiMessages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * The booking as an iCalendar file (ical4j): {@code METHOD:PUBLISH} (or REQUEST in a mail) while confirmed, {@code METHOD:CANCEL} with the
 * same UID and a higher SEQUENCE once cancelled, so calendar programs replace or remove the same event. Times are in
 * UTC; the texts are in the booking's language. It holds no contact details.
 */
@Component
public class BookingCalendarFile {

    private static final String UID_DOMAIN = "@polku";

    private final Calendars calendars;
    private final ApiMessages messages;

    BookingCalendarFile(Calendars calendars, ApiMessages messages) {
        this.calendars = calendars;
        this.messages = messages;
    }

    String of(Booking booking) {
        return file(booking, ImmutableMethod.PUBLISH);
    }

    /**
     * The file for an e-mail: {@code METHOD:REQUEST} while confirmed, so mail programs offer to add it to the
     * calendar, and {@code METHOD:CANCEL} once cancelled.
     */
    public String invitation(Booking booking) {
        return file(booking, ImmutableMethod.REQUEST);
    }

    private String file(Booking booking, Method confirmedMethod) {
        BookingCalendar calendar = calendars.find(booking.calendarId()).orElseThrow();
        boolean cancelled = booking.status() == BookingStatus.CANCELLED;
        String team = calendar.team(booking.language());
        VEvent event = new VEvent(
                booking.start(),
                booking.end(),
                messages.text("booking.ics." + booking.channel().code(), booking.language(), team));
        event.add(new Uid(booking.id() + UID_DOMAIN));
        event.add(new Sequence(booking.sequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        calendar.channel(booking.channel(), booking.slot().start().toLocalDate())
                .map(offer -> offer.place(booking.language()))
                .ifPresent(place -> event.add(new Location(place)));
        event.add(new Description(messages.text(
                "booking.ics.description",
                booking.language(),
                team,
                DateTimeFormatter.ofPattern("d.M.uuuu HH:mm")
                        .format(booking.slot().start()))));
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//Polku//Booking 1.0//FI"));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(cancelled ? ImmutableMethod.CANCEL : confirmedMethod);
        ics.add(event);
        StringWriter out = new StringWriter();
        try {
            // not validated by the outputter: iTIP's CANCEL wants an ORGANIZER that a public booking has no use for
            new CalendarOutputter(false).output(ics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
