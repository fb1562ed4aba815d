package fi.polku.assistant.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fi.polku.assistant.booking.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notification bundle ({@code notifications/messages}): every key in every language, a text for every mail. */
class NotificationMessagesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "notifications/messages.properties",
                "notifications/messages_sv.properties",
                "notifications/messages_en.properties"
            })
    void holdsEveryKeyOfTheFinnishBundleAndATextForEveryMail(String bundle) throws IOException {
        Properties finnish = load("notifications/messages.properties");
        Properties other = load(bundle);

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(finnish.stringPropertyNames());
        other.stringPropertyNames()
                .forEach(key -> assertThat(other.getProperty(key)).as(key).isNotBlank());
        for (MailKind kind : MailKind.values()) {
            assertThat(other)
                    .containsKeys(
                            "notifications." + kind.code() + ".subject", "notifications." + kind.code() + ".body");
        }
        for (Channel channel : Channel.values()) {
            assertThat(other).containsKey("notifications.channel." + channel.code());
        }
        assertThat(other).containsKeys("notifications.sms.confirmation", "notifications.sms.cancellation");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationMessagesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
