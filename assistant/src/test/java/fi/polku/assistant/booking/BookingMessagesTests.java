package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The booking bundle ({@code booking/messages}) has every Finnish key in Swedish and English, named by rule. */
class BookingMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"booking/messages_sv.properties", "booking/messages_en.properties"})
    void holdsEveryKeyOfTheFinnishBundle(String bundle) throws IOException {
        Properties finnish = load("booking/messages.properties");
        Properties other = load(bundle);

        assertThat(finnish).isNotEmpty();
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        other.stringPropertyNames()
                .forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"booking/messages.properties", "booking/messages_sv.properties", "booking/messages_en.properties"
            })
    void namesKeysByFeatureIdAndPart(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .allMatch(key -> key.matches("[a-z]+\\.[a-z0-9-]+\\.[a-z0-9-]+"), "<feature>.<id>.<part>");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BookingMessagesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
