package fi.polku.segmentation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where rule files come from: the classpath ({@code polku/rules/}) or a folder on disk. */
sealed interface RuleSource {

    /** The text of a file, by its path relative to the rule folder. */
    String read(String file);

    /** Every file of the folder, when it can be listed (a folder can, the classpath cannot). */
    Optional<List<String>> files();

    record Classpath(ClassLoader loader, String root) implements RuleSource {

        @Override
        public String read(String file) {
            try (InputStream in = loader.getResourceAsStream(root + file)) {
                if (in == null) {
                    throw new RuleBookException(file, null, 0, "file not found on the classpath under " + root);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<List<String>> files() {
            return Optional.empty();
        }
    }

    record Folder(Path root) implements RuleSource {

        @Override
        public String read(String file) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new RuleBookException(file, null, 0, "file not found in the rule folder");
            }
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleBookException(file, null, 0, "cannot read: " + e.getMessage(), e);
            }
        }

        @Override
        public Optional<List<String>> files() {
            try (Stream<Path> paths = Files.walk(root)) {
                return Optional.of(paths.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .sorted()
                        .toList());
            } catch (IOException e) {
                throw new RuleBookException(root.toString(), null, 0, "cannot list the rule folder: " + e.getMessage());
            }
        }
    }
}
