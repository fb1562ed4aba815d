package fi.polku.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.Section;
import fi.polku.segmentation.rules.RuleBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every chat text exists in fi, sv and en, and every item and section of the instrument has its chat texts. */
class ChatBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"chat/messages_sv.properties", "chat/messages_en.properties"})
    void holdsEveryKeyOfTheFinnishBundle(String bundle) throws IOException {
        Properties finnish = load("chat/messages.properties");
        Properties other = load(bundle);

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        other.stringPropertyNames()
                .forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chat/messages.properties", "chat/messages_sv.properties", "chat/messages_en.properties"})
    void namesKeysByFeatureIdAndPart(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames())
                .allMatch(key -> key.matches("chat\\.[a-z0-9-]+\\.[a-z0-9-]+"), "chat.<id>.<part>");
    }

    @Test
    void namesEveryItemAndExplainsEverySection() throws IOException {
        Properties finnish = load("chat/messages.properties");
        RuleBook book = RuleBook.loadBundled();
        for (Item item : book.instrument().items().values()) {
            if (item.helpFor() == null) {
                assertThat(finnish).containsKey("chat." + item.id().replace('_', '-') + ".name");
            }
        }
        for (Section section : book.instrument().sections()) {
            assertThat(finnish).containsKey("chat.why." + section.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void hasWordListsForEveryLanguage(String lang) {
        Words words = Words.load("chat/words/" + lang + ".yml");
        assertThat(words.numbers()).isNotEmpty();
        assertThat(words.yes()).isNotEmpty();
        assertThat(words.no()).isNotEmpty();
        assertThat(words.commands()).containsOnlyKeys(Words.Command.values());
        assertThat(words.corrections()).isNotEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ChatBundlesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
