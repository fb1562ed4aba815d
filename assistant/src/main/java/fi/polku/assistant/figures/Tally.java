package fi.polku.assistant.figures;

import java.time.LocalDate;

/**
 * One count of one day: how many of the counter's events came through the source.
 *
 * @param source a partner code, {@code other} or {@value FigureStore#DIRECT}
 * @param counter a {@link Counter#name()}
 */
public record Tally(LocalDate day, String source, String counter, long count) {}
