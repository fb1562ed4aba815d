package fi.polku.assistant.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days a report covers, both included. */
record Period(LocalDate from, LocalDate to) {

    /** How many days it covers. */
    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
