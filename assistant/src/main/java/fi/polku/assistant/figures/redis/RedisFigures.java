package fi.polku.assistant.figures.redis;

import fi.polku.assistant.figures.FigureSettings;
import fi.polku.assistant.figures.FigureStore;
import fi.polku.assistant.figures.Tally;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Figures in Redis (the {@code redis} profile): one hash per day, {@code polku:figures:<yyyy-MM-dd>}, whose fields
 * {@code <source>|<counter>} are counted up with HINCRBY (atomic, so every instance may count at once) and which
 * expires at the end of its retention.
 */
@Component
@Profile("redis")
public class RedisFigures implements FigureStore {

    static final String KEY_PREFIX = "polku:figures:";
    private static final char SEPARATOR = '|';
    /** Days read at once when a period is asked for; one round trip per day. */
    private static final int READ_CONCURRENCY = 16;

    private final ReactiveStringRedisTemplate redis;
    private final FigureSettings settings;
    private final Clock clock;

    public RedisFigures(ReactiveStringRedisTemplate redis, FigureSettings settings, Clock clock) {
        this.redis = redis;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<Void> add(LocalDate day, String source, Map<String, Long> amounts) {
        return Mono.defer(() -> {
            Instant keptUntil = settings.keptUntil(day);
            if (!clock.instant().isBefore(keptUntil) || amounts.isEmpty()) {
                return Mono.empty();
            }
            String key = key(day);
            return Flux.fromIterable(amounts.entrySet())
                    .concatMap(amount -> redis.<String, String>opsForHash()
                            .increment(key, source + SEPARATOR + amount.getKey(), amount.getValue()))
                    .then(redis.expireAt(key, keptUntil))
                    .then();
        });
    }

    @Override
    public Flux<Tally> between(LocalDate from, LocalDate to) {
        return Flux.fromStream(from.datesUntil(to.plusDays(1)))
                .flatMap(
                        day -> redis.<String, String>opsForHash()
                                .entries(key(day))
                                .map(field -> tally(day, field.getKey(), field.getValue())),
                        READ_CONCURRENCY)
                .filter(tally -> tally.count() != 0);
    }

    private static Tally tally(LocalDate day, String field, String value) {
        // a partner code may in theory hold the separator; a counter name never does
        int split = field.lastIndexOf(SEPARATOR);
        return new Tally(day, field.substring(0, split), field.substring(split + 1), Long.parseLong(value));
    }

    static String key(LocalDate day) {
        return KEY_PREFIX + day;
    }
}
