package fi.polku.assistant.system.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A cheap fingerprint of a folder tree: relative names, sizes and modification times, never the contents. */
public final class FolderFingerprint {

    private FolderFingerprint() {}

    /** The fingerprint of every regular file under the folder; changes when a file is added, removed or written. */
    public static String of(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder fingerprint = new StringBuilder();
            files.filter(Files::isRegularFile).sorted().forEach(file -> append(fingerprint, folder, file));
            return fingerprint.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder fingerprint, Path folder, Path file) {
        try {
            fingerprint
                    .append(folder.relativize(file))
                    .append('|')
                    .append(Files.size(file))
                    .append('|')
                    .append(Files.getLastModifiedTime(file).toMillis())
                    .append('\n');
        } catch (IOException e) {
            // a file removed while walking: the next poll sees the new state
            fingerprint.append(folder.relativize(file)).append("|gone\n");
        }
    }
}
