package fi.polku.assistant.booking;

import java.time.LocalTime;

/** One stretch of a day in which meetings are held, e.g. 09:00-11:30. */
public record OpeningHours(LocalTime from, LocalTime to) {}
