package fi.polku.assistant.screening.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import redis.embedded.RedisServer;

/** A real redis-server (the binary inside the embedded-redis jar) on a free local port; nothing is downloaded. */
public final class EmbeddedRedis implements AutoCloseable {

    private final RedisServer server;
    private final int port;
    private final List<LettuceConnectionFactory> opened = new ArrayList<>();
    private ReactiveStringRedisTemplate template;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server without persistence on a free port. */
    public static EmbeddedRedis start() {
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .build();
            server.start();
            return new EmbeddedRedis(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** New connections to this server, as another instance would have its own; closed with the server. */
    public synchronized LettuceConnectionFactory connections() {
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        factory.start();
        opened.add(factory);
        return factory;
    }

    /** A template on one shared set of connections to this server, for a store under test. */
    public synchronized ReactiveStringRedisTemplate template() {
        if (template == null) {
            template = new ReactiveStringRedisTemplate(connections());
        }
        return template;
    }

    @Override
    public synchronized void close() {
        opened.forEach(LettuceConnectionFactory::destroy);
        opened.clear();
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
