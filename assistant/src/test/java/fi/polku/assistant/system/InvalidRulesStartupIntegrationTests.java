package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fi.polku.assistant.PolkuApplication;
import fi.polku.segmentation.rules.RuleBookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** A bad rule file stops start-up, and the message names the file and the line. */
class InvalidRulesStartupIntegrationTests {

    @TempDir
    Path rulesFolder;

    @Test
    void failsStartUpNamingTheFileAndLineOfABadRule() throws IOException {
        BundledFolders.copy(BundledFolders.RULES, rulesFolder);
        Path ruleFile = firstRuleFile();
        Files.writeString(ruleFile, BundledFolders.read(ruleFile) + "\n  broken: [not closed\n");

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PolkuApplication.class)
                .properties("polku.rules.path=" + rulesFolder, "server.port=0")
                .run()
                .close());

        Throwable cause = NestedExceptionUtils.getRootCause(failure);
        RuleBookException problem =
                failure instanceof RuleBookException direct ? direct : findRuleBookException(failure);
        assertThat(problem).as("root cause %s", cause).isNotNull();
        String relative = rulesFolder.relativize(ruleFile).toString().replace('\\', '/');
        assertThat(problem.getMessage()).contains(relative).contains("line ");
        assertThat(problem.line()).isPositive();
    }

    private Path firstRuleFile() throws IOException {
        try (Stream<Path> files = Files.walk(rulesFolder.resolve("rules"))) {
            return files.filter(file -> file.toString().endsWith(".yml"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static RuleBookException findRuleBookException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleBookException problem) {
                return problem;
            }
        }
        return null;
    }
}
