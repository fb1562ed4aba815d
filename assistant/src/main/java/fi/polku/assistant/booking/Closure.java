package fi.polku.assistant.booking;

import java.time.LocalDate;

/** Days a calendar is closed besides public holidays (e.g. a summer break), both ends included. */
public record Closure(LocalDate from, LocalDate to, String reason) {

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
