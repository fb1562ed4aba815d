package fi.polku.assistant.figures;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.segmentation.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a report's {@code from} and {@code to} (ISO dates, both optional): {@code to} defaults to today in Finland,
 * {@code from} to {@link FigureSettings#defaultDays()} days up to {@code to}; a bad date, {@code from} after {@code to}
 * or more than {@link FigureSettings#maxDays()} days are problems naming the field.
 */
@Component
class PeriodParser {

    private final FigureSettings settings;
    private final ApiMessages messages;
    private final Clock clock;

    PeriodParser(FigureSettings settings, ApiMessages messages, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** The period asked for, or the problems with it. */
    Parsed parse(@Nullable String from, @Nullable String to, Language language) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = day("from", from, problems, language);
        LocalDate end = day("to", to, problems, language);
        if (!problems.isEmpty()) {
            return new Parsed(defaults(), problems);
        }
        if (end == null) {
            end = start != null && start.isAfter(today()) ? start : today();
        }
        if (start == null) {
            start = end.minusDays(settings.defaultDays() - 1L);
        }
        Period period = new Period(start, end);
        if (start.isAfter(end)) {
            problems.add(messages.problem("from", "figures.period.reversed", language));
            problems.add(messages.problem("to", "figures.period.reversed", language));
        } else if (period.days() > settings.maxDays()) {
            problems.add(messages.problem("from", "figures.period.too-long", language, settings.maxDays()));
            problems.add(messages.problem("to", "figures.period.too-long", language, settings.maxDays()));
        }
        return new Parsed(problems.isEmpty() ? period : defaults(), problems);
    }

    /** The period shown when none is asked for. */
    Period defaults() {
        LocalDate today = today();
        return new Period(today.minusDays(settings.defaultDays() - 1L), today);
    }

    private LocalDate today() {
        return clock.instant().atZone(FigureStore.ZONE).toLocalDate();
    }

    private @Nullable LocalDate day(
            String field, @Nullable String value, List<FieldProblem> problems, Language language) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(messages.problem(field, "figures.date.invalid", language));
            return null;
        }
    }

    /**
     * A period read from a request.
     *
     * @param period the period asked for, or the default one when there are problems
     */
    record Parsed(Period period, List<FieldProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }
}
