package fi.polku.assistant.system.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content from a folder is replaced on a valid change only; an invalid one leaves the previous content serving. */
class ReloadableTests {

    @TempDir
    Path folder;

    @Test
    void loadsTheBundledContentWithoutAFolder() {
        Reloadable<String> content = new Reloadable<>("texts", null, () -> "bundled", ReloadableTests::read);
        assertThat(content.current()).isEmpty();

        content.load();

        assertThat(content.current()).contains("bundled");
        assertThat(content.reloadIfChanged()).isFalse();
    }

    @Test
    void reloadsWhenAFileChanges() throws IOException {
        write("first");
        Reloadable<String> content = folderContent();
        content.load();
        assertThat(content.reloadIfChanged()).isFalse();

        write("second, longer");

        assertThat(content.reloadIfChanged()).isTrue();
        assertThat(content.current()).contains("second, longer");
    }

    @Test
    void keepsThePreviousContentWhenTheChangeIsInvalid() throws IOException {
        write("valid");
        Reloadable<String> content = folderContent();
        content.load();

        write("INVALID edit");

        assertThat(content.reloadIfChanged()).isFalse();
        assertThat(content.current()).contains("valid");
        // the same bad edit is not retried at every poll
        assertThat(content.reloadIfChanged()).isFalse();
    }

    @Test
    void failsTheFirstLoadWithTheProblem() throws IOException {
        write("INVALID from the start");

        assertThatThrownBy(folderContent()::load).hasMessageContaining("INVALID");
    }

    private Reloadable<String> folderContent() {
        return new Reloadable<>("texts", folder, () -> "bundled", ReloadableTests::read);
    }

    private void write(String text) throws IOException {
        Path file = folder.resolve("nested").resolve("text.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // a distinct modification time even on file systems with coarse timestamps
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(text.length())));
    }

    private static String read(Path folder) {
        try {
            String text = Files.readString(folder.resolve("nested").resolve("text.txt"));
            if (text.startsWith("INVALID")) {
                throw new IllegalArgumentException("text.txt line 1: " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
