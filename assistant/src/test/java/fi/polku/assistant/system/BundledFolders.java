package fi.polku.assistant.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Test helper: copies a bundled classpath folder (in a jar or not) to a folder, and edits the copies. */
final class BundledFolders {

    static final String RULES = "polku/rules/";
    static final String SERVICES = "polku/services/";

    private BundledFolders() {}

    static void copy(String root, Path target) throws IOException {
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "**");
        for (Resource resource : resources) {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf(root);
            String relative = url.substring(at + root.length());
            if (relative.isEmpty() || relative.endsWith("/") || !resource.isReadable()) {
                continue;
            }
            Path file = target.resolve(relative);
            Files.createDirectories(file.getParent());
            try (InputStream in = resource.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The copied files that contain the text, e.g. to find where a reason is written. */
    static List<Path> filesContaining(Path folder, String text) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> read(file).contains(text))
                    .toList();
        }
    }

    static void replace(Path file, String text, String replacement) throws IOException {
        Files.writeString(file, read(file).replace(text, replacement));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
