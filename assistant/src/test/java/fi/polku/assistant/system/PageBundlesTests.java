package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page texts exist in Finnish, Swedish and English, and every {@code #{key}} a template uses exists: a missing
 * text fails the build instead of showing {@code ??key_fi??} to a resident.
 */
class PageBundlesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z][a-z0-9.-]*)");

    @ParameterizedTest
    @ValueSource(strings = {"pages/messages_sv.properties", "pages/messages_en.properties"})
    void holdsEveryKeyOfTheFinnishBundle(String bundle) {
        Properties finnish = load("pages/messages.properties");
        Properties other = load(bundle);

        assertThat(finnish).isNotEmpty();
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        other.stringPropertyNames()
                .forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"pages/messages.properties", "pages/messages_sv.properties", "pages/messages_en.properties"})
    void namesKeysByFeatureIdAndPart(String bundle) {
        assertThat(load(bundle).stringPropertyNames())
                .allMatch(key -> key.matches("[a-z]+\\.[a-z0-9-]+\\.[a-z0-9-]+"), "<feature>.<id>.<part>");
    }

    @Test
    void holdsEveryKeyTheTemplatesUse() throws IOException {
        Set<String> known = new TreeSet<>(load("pages/messages.properties").stringPropertyNames());
        known.addAll(load("messages.properties").stringPropertyNames());
        known.addAll(load("chat/messages.properties").stringPropertyNames());
        // the booking and staff pages' texts (spring.messages.basename lists every bundle)
        known.addAll(load("booking/messages.properties").stringPropertyNames());
        known.addAll(load("figures/messages.properties").stringPropertyNames());

        Set<String> used = usedKeys();

        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            files.filter(file -> file.toString().endsWith(".html")).forEach(file -> {
                try {
                    Matcher matcher = MESSAGE_KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return used;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = PageBundlesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
