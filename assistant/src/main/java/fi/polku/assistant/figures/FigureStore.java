package fi.polku.assistant.figures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Day-bucketed counts per source and counter, with no personal data; a day's counts are kept until
 * {@link FigureSettings#retention()} after the day ends (Europe/Helsinki). Adapters in {@code memory} and
 * {@code redis} pass one contract suite.
 */
public interface FigureStore {

    /** The source of a visit that came through no partner link. */
    String DIRECT = "direct";

    /** Days are days in Finland: a screening at 00:30 Finnish time counts on that Finnish day. */
    ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    /**
     * Adds the amounts to the day's counters of the source; a negative amount takes back an earlier count. A day whose
     * retention has already passed is left alone.
     */
    Mono<Void> add(LocalDate day, String source, Map<String, Long> amounts);

    /** Every non-zero count of the days from {@code from} to {@code to}, both included, in no particular order. */
    Flux<Tally> between(LocalDate from, LocalDate to);
}
