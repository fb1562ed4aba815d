package fi.polku.assistant.system;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the rules come from ({@code polku.rules.path}, bundled when unset) and how often the folder is polled. */
@ConfigurationProperties("polku.rules")
record RulesSettings(
        @Nullable Path path, @DefaultValue("5s") Duration reloadInterval) {}
