package fi.polku.assistant.screening;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a screening is kept ({@code polku.screening.expiry}, 7 days) and how many services a result suggests
 * ({@code polku.screening.services}, 5).
 */
@ConfigurationProperties("polku.screening")
public record ScreeningSettings(
        @DefaultValue("7d") Duration expiry,
        @DefaultValue("5") int services) {}
