package fi.polku.assistant.referral.redis;

import fi.polku.assistant.referral.Referral;
import fi.polku.assistant.referral.ReferralStore;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals in Redis: JSON under {@code polku:referral:<id>} with the TTL, the booking's referral id under
 * {@code polku:referral-booking:<bookingId>} with the same TTL, and an index of ids by creation time in the sorted set
 * {@code polku:referrals} (ids only; an id whose referral expired is dropped from it when listed).
 */
@Component
@Profile("redis")
public class RedisReferrals implements ReferralStore {

    static final String KEY_PREFIX = "polku:referral:";
    static final String BOOKING_PREFIX = "polku:referral-booking:";
    static final String INDEX = "polku:referrals";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    public RedisReferrals(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Referral> save(Referral referral, Duration ttl) {
        return Mono.fromCallable(() -> json.writeValueAsString(new StoredReferral(StoredReferral.FORMAT, referral)))
                .flatMap(value -> redis.opsForValue().set(KEY_PREFIX + referral.id(), value, ttl))
                .then(redis.opsForValue().set(BOOKING_PREFIX + referral.bookingId(), referral.id(), ttl))
                .then(redis.opsForZSet()
                        .add(INDEX, referral.id(), referral.createdAt().toEpochMilli()))
                .thenReturn(referral);
    }

    @Override
    public Mono<Referral> find(String id) {
        return redis.opsForValue()
                .get(KEY_PREFIX + id)
                .map(value -> json.readValue(value, StoredReferral.class).referral());
    }

    @Override
    public Mono<Referral> findByBooking(String bookingId) {
        return redis.opsForValue().get(BOOKING_PREFIX + bookingId).flatMap(this::find);
    }

    @Override
    public Flux<Referral> all() {
        return redis.opsForZSet()
                .reverseRange(INDEX, Range.unbounded())
                .collectList()
                .flatMapMany(ids -> ids.isEmpty()
                        ? Flux.empty()
                        : redis.opsForValue()
                                .multiGet(
                                        ids.stream().map(id -> KEY_PREFIX + id).toList())
                                .flatMapMany(values -> listed(ids, values)));
    }

    private Flux<Referral> listed(List<String> ids, List<String> values) {
        Flux<Referral> live = Flux.empty();
        Flux<Long> gone = Flux.empty();
        for (int i = 0; i < ids.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                gone = gone.concatWith(redis.opsForZSet().remove(INDEX, ids.get(i)));
            } else {
                live = live.concatWith(Mono.fromCallable(
                        () -> json.readValue(value, StoredReferral.class).referral()));
            }
        }
        return gone.thenMany(live);
    }

    /** The stored shape: {@code format} is raised when the referral's JSON changes incompatibly. */
    record StoredReferral(int format, Referral referral) {

        static final int FORMAT = 1;
    }
}
