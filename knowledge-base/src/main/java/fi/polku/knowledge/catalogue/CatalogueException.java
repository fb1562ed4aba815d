package fi.polku.knowledge.catalogue;

import org.jspecify.annotations.Nullable;

/** A service file that cannot be loaded; the message names the file, the line and the field. */
public class CatalogueException extends RuntimeException {

    private final String file;
    private final int line;
    private final @Nullable String field;

    public CatalogueException(String file, int line, @Nullable String field, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (field != null ? " (" + field + ")" : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The service file, e.g. {@code services/tyokokeilu.yml}. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The field (key path such as {@code sv.title}), or null when it concerns the whole file. */
    public @Nullable String field() {
        return field;
    }
}
