package fi.polku.assistant.booking.redis;

import fi.polku.assistant.booking.SlotIdStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Slot ids in Redis: {@code polku:slot-id:<id>} holds the slot key and {@code polku:slot-key:<key>} the id, both
 * with the id's time to live. One Lua script assigns a whole listing's ids, so Redis runs it atomically and a listing
 * costs one round trip.
 */
@Component
@Profile("redis")
public class RedisSlotIds implements SlotIdStore {

    static final String ID_PREFIX = "polku:slot-id:";
    static final String KEY_PREFIX = "polku:slot-key:";

    // KEYS = per slot: its key entry, its candidate's id entry; ARGV = per slot: key, candidate, ttl in ms.
    // Returns the ids in order: the existing one, else the candidate (SET NX on the key entry decides).
    private static final RedisScript<List> ASSIGN = RedisScript.of("""
            local ids = {}
            for i = 1, #ARGV / 3 do
              local key, candidate, ttl = ARGV[3 * i - 2], ARGV[3 * i - 1], ARGV[3 * i]
              if redis.call('SET', KEYS[2 * i - 1], candidate, 'NX', 'PX', ttl) then
                redis.call('SET', KEYS[2 * i], key, 'PX', ttl)
                ids[i] = candidate
              else
                ids[i] = redis.call('GET', KEYS[2 * i - 1])
              end
            end
            return ids
            """, List.class);

    private final ReactiveStringRedisTemplate redis;

    public RedisSlotIds(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Map<String, String>> assign(List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return Mono.just(Map.of());
        }
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (Wanted slot : wanted) {
            keys.add(KEY_PREFIX + slot.key());
            keys.add(ID_PREFIX + slot.candidate());
            args.add(slot.key());
            args.add(slot.candidate());
            args.add(Long.toString(Math.max(1, slot.ttl().toMillis())));
        }
        // a multi-bulk answer may come as one list or element by element, depending on the driver: flatten it
        return redis.execute(ASSIGN, keys, args).collectList().map(result -> {
            List<Object> list = new ArrayList<>();
            result.forEach(item -> {
                if (item instanceof List<?> inner) {
                    list.addAll(inner);
                } else {
                    list.add(item);
                }
            });
            Map<String, String> ids = new LinkedHashMap<>();
            for (int i = 0; i < wanted.size(); i++) {
                ids.put(wanted.get(i).key(), String.valueOf(list.get(i)));
            }
            return ids;
        });
    }

    @Override
    public Mono<String> key(String id) {
        return redis.opsForValue().get(ID_PREFIX + id);
    }
}
