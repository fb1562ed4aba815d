package fi.polku.assistant.system.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Content loaded from the bundled resources or a folder, swapped atomically when the folder changes and the new
 * content is valid; invalid content is logged and the previous content keeps serving.
 */
public final class Reloadable<T> {

    private static final Logger log = LoggerFactory.getLogger(Reloadable.class);

    private final String name;
    private final @Nullable Path folder;
    private final Supplier<T> bundled;
    private final Function<Path, T> fromFolder;
    private final AtomicReference<@Nullable T> current = new AtomicReference<>();
    private volatile String fingerprint = "";

    public Reloadable(String name, @Nullable Path folder, Supplier<T> bundled, Function<Path, T> fromFolder) {
        this.name = name;
        this.folder = folder;
        this.bundled = bundled;
        this.fromFolder = fromFolder;
    }

    /** Loads the content for the first time; any problem is thrown, so a bad start-up configuration stops start-up. */
    public synchronized void load() {
        String seen = folder != null ? FolderFingerprint.of(folder) : "";
        current.set(read());
        fingerprint = seen;
        log.info("Loaded the {} from {}", name, source());
    }

    /** The content in use, empty until {@link #load()} succeeded. */
    public Optional<T> current() {
        return Optional.ofNullable(current.get());
    }

    /** Reloads when the watched folder's fingerprint changed since the last attempt; true when new content is in use. */
    public boolean reloadIfChanged() {
        if (folder == null || fingerprint.equals(FolderFingerprint.of(folder))) {
            return false;
        }
        return reload();
    }

    /** Reloads now; true when the new content is in use, false when it was invalid and the previous one stays. */
    public synchronized boolean reload() {
        String seen = folder != null ? FolderFingerprint.of(folder) : "";
        // remember the attempt even when it fails, so one bad edit is logged once, not at every poll
        fingerprint = seen;
        try {
            T next = read();
            current.set(next);
            log.info("Reloaded the {} from {}", name, source());
            return true;
        } catch (RuntimeException e) {
            log.error("Kept the previous {}: the changed ones are invalid: {}", name, e.getMessage());
            return false;
        }
    }

    /** True when the content comes from a watched folder rather than the bundled resources. */
    public boolean watched() {
        return folder != null;
    }

    private T read() {
        return folder != null ? fromFolder.apply(folder) : bundled.get();
    }

    private String source() {
        return folder != null ? "folder " + folder.getFileName() : "bundled resources";
    }
}
