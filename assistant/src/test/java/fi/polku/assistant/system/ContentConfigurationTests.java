package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Folders are polled at their own intervals; bundled content is never polled. */
class ContentConfigurationTests {

    @Test
    void pollsNothingForBundledContent() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        configuration(null, null).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void pollsEachConfiguredFolderAtItsInterval() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        configuration(Path.of("rules"), Path.of("services")).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList())
                .extracting(task -> task.getIntervalDuration())
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(7));
    }

    private static ContentConfiguration configuration(Path rules, Path services) {
        return new ContentConfiguration(
                new RulesSettings(rules, Duration.ofSeconds(5)),
                new CatalogueSettings(services, Duration.ofSeconds(7)),
                java.util.Optional.empty());
    }
}
