package fi.polku.assistant.system;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the service descriptions come from ({@code polku.catalogue.path}, bundled when unset) and the poll interval. */
@ConfigurationProperties("polku.catalogue")
record CatalogueSettings(
        @Nullable Path path, @DefaultValue("5s") Duration reloadInterval) {}
