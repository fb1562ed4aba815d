package fi.polku.assistant.figures.memory;

import fi.polku.assistant.figures.FigureSettings;
import fi.polku.assistant.figures.FigureStore;
import fi.polku.assistant.figures.Tally;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Figures in this process's memory (the embedded default): per day, a count per source and counter. */
@Component
@Profile("!redis")
public class InMemoryFigures implements FigureStore {

    private final ConcurrentNavigableMap<LocalDate, Map<Key, Long>> days = new ConcurrentSkipListMap<>();
    private final FigureSettings settings;
    private final Clock clock;

    public InMemoryFigures(FigureSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<Void> add(LocalDate day, String source, Map<String, Long> amounts) {
        return Mono.fromRunnable(() -> {
            if (!kept(day)) {
                return;
            }
            Map<Key, Long> counts = days.computeIfAbsent(day, unused -> new ConcurrentHashMap<>());
            amounts.forEach((counter, amount) ->
                    // a count taken back to zero disappears, as a Redis field would read as zero
                    counts.compute(new Key(source, counter), (key, count) -> {
                        long sum = (count == null ? 0 : count) + amount;
                        return sum == 0 ? null : sum;
                    }));
        });
    }

    @Override
    public Flux<Tally> between(LocalDate from, LocalDate to) {
        return Flux.defer(() ->
                        Flux.fromIterable(days.subMap(from, true, to, true).entrySet()))
                .filter(day -> kept(day.getKey()))
                .flatMapIterable(day -> day.getValue().entrySet().stream()
                        .map(count -> new Tally(
                                day.getKey(),
                                count.getKey().source(),
                                count.getKey().counter(),
                                count.getValue()))
                        .toList());
    }

    /** Forgets the days past their retention; runs every hour. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    public void purgeExpired() {
        days.keySet().removeIf(day -> !kept(day));
    }

    /** How many days are held; for tests of purging. */
    int size() {
        return days.size();
    }

    private boolean kept(LocalDate day) {
        return clock.instant().isBefore(settings.keptUntil(day));
    }

    private record Key(String source, String counter) {}
}
