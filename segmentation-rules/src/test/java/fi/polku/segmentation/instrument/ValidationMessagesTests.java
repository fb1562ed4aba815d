package fi.polku.segmentation.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ValidationMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/fi/polku/segmentation/instrument");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(answer\\.[a-z_]+)\"");

    @Test
    void hasEveryMessageKeyTheValidatorUsesInEveryLanguage() throws IOException {
        Set<String> used = keysUsedInSources();
        assertThat(used).contains("answer.unknown", "answer.help_only_profile", "answer.integer");

        for (Language lang : Language.values()) {
            assertThat(bundle(lang).stringPropertyNames())
                    .as("keys of %s", ValidationMessages.bundleFile(lang))
                    .containsAll(used);
            for (String key : used) {
                assertThatCode(() -> ValidationMessages.format(lang, key, "age", 1, 2))
                        .as("%s in %s", key, lang.tag())
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void givesEveryLanguageTheSameKeys() throws IOException {
        Set<String> english = bundle(Language.EN).stringPropertyNames();
        assertThat(bundle(Language.FI).stringPropertyNames()).isEqualTo(english);
        assertThat(bundle(Language.SV).stringPropertyNames()).isEqualTo(english);
    }

    /** Every {@code "answer.*"} literal in the instrument package: the keys the validator can ask for. */
    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(Language lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessages.class.getResourceAsStream(ValidationMessages.bundleFile(lang))) {
            assertThat(in).as(ValidationMessages.bundleFile(lang)).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
