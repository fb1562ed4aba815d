package fi.polku.assistant.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The SMS adapter used until a gateway is configured: it sends nothing and logs only that a message of some length
 * would have gone out, never the number or the text (both are personal data).
 */
@Component
@ConditionalOnMissingBean(value = SmsSender.class, ignored = LoggingSmsSender.class)
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public Mono<Void> send(String phone, String text) {
        return Mono.fromRunnable(
                () -> log.info("SMS of {} characters not sent: no SMS gateway is configured", text.length()));
    }
}
