package fi.polku.knowledge.eval;

import fi.polku.segmentation.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One line of a search evaluation file: {@code lang<TAB>query<TAB>relevant,ids}. */
public record EvalQuery(Language language, String text, Set<String> relevant) {

    /** Reads a TSV file with a header line; blank lines, comment lines (#) and the header are skipped. */
    public static List<EvalQuery> read(Path file) {
        try {
            List<EvalQuery> queries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3) {
                    throw new IllegalArgumentException(file + ": expected 3 tab-separated cells: " + line);
                }
                queries.add(new EvalQuery(Language.fromTag(cells[0]), cells[1], Set.of(cells[2].split(","))));
            }
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
