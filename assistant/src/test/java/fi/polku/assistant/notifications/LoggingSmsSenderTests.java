package fi.polku.assistant.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The logging SMS adapter says a message would have gone out and nothing personal. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsSenderTests {

    @Test
    void logsNeitherTheNumberNorTheText(CapturedOutput output) {
        new LoggingSmsSender()
                .send("+358407654321", "Polku: Åsa Mäkelä-Lindqvist, aikasi on varattu 2.12.2026 klo 9.00.")
                .block();

        assertThat(output.getAll())
                .contains("SMS of 66 characters not sent")
                .doesNotContain("358407654321", "407654321", "Åsa", "Mäkelä", "Lindqvist", "2.12.2026");
    }
}
