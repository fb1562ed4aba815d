package fi.polku.assistant.chat.redis;

import fi.polku.assistant.chat.ChatStreams;
import fi.polku.assistant.drafts.DraftMessage;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.ReactiveRedisMessageListenerContainer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chat streams over Redis pub/sub (the {@code redis} profile): a turn's messages are published as one JSON array on
 * {@code polku:chat:<sessionId>}, and every instance with a stream open on that session hears them, whichever
 * instance answered. Pub/sub keeps nothing: a message nobody listens to is gone, as in memory (the draft keeps the
 * transcript). All streams of an instance share the listener container's one subscription connection.
 */
@Component
@Profile("redis")
public class RedisChatStreams implements ChatStreams, DisposableBean {

    static final String CHANNEL_PREFIX = "polku:chat:";
    private static final TypeReference<List<DraftMessage>> MESSAGES = new TypeReference<>() {};

    private final ReactiveStringRedisTemplate redis;
    private final ReactiveRedisMessageListenerContainer listeners;
    private final JsonMapper json;

    public RedisChatStreams(
            ReactiveStringRedisTemplate redis, ReactiveRedisConnectionFactory connections, JsonMapper json) {
        this.redis = redis;
        this.listeners = new ReactiveRedisMessageListenerContainer(connections);
        this.json = json;
    }

    @Override
    public Mono<Flux<DraftMessage>> listen(String sessionId) {
        return listeners
                .receiveLater(ChannelTopic.of(CHANNEL_PREFIX + sessionId))
                .map(messages -> messages.concatMap(
                        message -> Flux.fromIterable(json.readValue(message.getMessage(), MESSAGES))));
    }

    @Override
    public Mono<Void> publish(String sessionId, List<DraftMessage> messages) {
        if (messages.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> json.writeValueAsString(messages))
                .flatMap(value -> redis.convertAndSend(CHANNEL_PREFIX + sessionId, value))
                .then();
    }

    @Override
    public void destroy() {
        listeners.destroy();
    }
}
