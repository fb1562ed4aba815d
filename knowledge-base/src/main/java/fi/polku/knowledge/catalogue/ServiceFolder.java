package fi.polku.knowledge.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds and reads the {@code *.yml} service files of a folder on disk or on the classpath (also inside a jar). */
final class ServiceFolder {

    static final String BUNDLED = "polku/services";

    private final ServiceFileReader reader = new ServiceFileReader();

    List<ServiceDescription> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CatalogueException(folder.toString(), 0, null, "is not a folder of service files");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sorted = files.filter(p -> p.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            List<ServiceDescription> services = new ArrayList<>();
            for (Path file : sorted) {
                String name = "services/" + file.getFileName();
                services.add(reader.read(name, Files.readString(file, StandardCharsets.UTF_8)));
            }
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read service folder " + folder, e);
        }
    }

    List<ServiceDescription> readBundled() {
        URL url = ServiceFolder.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new CatalogueException(BUNDLED, 0, null, "the bundled service folder is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return read(jar.getPath(BUNDLED));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled service folder " + url, e);
        }
    }
}
