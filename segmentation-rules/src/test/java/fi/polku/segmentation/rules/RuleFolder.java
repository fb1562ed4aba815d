package fi.polku.segmentation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled rule folder in a temporary directory, to break one thing at a time. */
final class RuleFolder {

    private final Path root;

    private RuleFolder(Path root) {
        this.root = root;
    }

    static RuleFolder copyOfBundled(Path target) {
        Path source = Path.of("rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFolder(target);
    }

    Path root() {
        return root;
    }

    /** Replaces text in a file, failing when the text is not there (so a test never breaks nothing). */
    RuleFolder replace(String file, String text, String replacement) {
        String content = read(file);
        if (!content.contains(text)) {
            throw new IllegalArgumentException(file + " does not contain " + text);
        }
        return write(file, content.replace(text, replacement));
    }

    /** Appends lines to a file and returns the 1-based line number of the first appended line. */
    int append(String file, String lines) {
        String content = read(file);
        String separated = content.endsWith("\n") ? content : content + "\n";
        write(file, separated + lines);
        return (int) separated.lines().count() + 1;
    }

    int lineOf(String file, String text) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with " + text);
    }

    RuleFolder write(String file, String content) {
        try {
            Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    RuleFolder delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private String read(String file) {
        try {
            return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
