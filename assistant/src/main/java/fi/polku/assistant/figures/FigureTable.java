package fi.polku.assistant.figures;

import java.util.List;

/**
 * One table of the partner page, texts already in the page's language.
 *
 * @param id the table's id in the page
 */
record FigureTable(String id, String caption, List<Row> rows) {

    /** A line: what is counted and the count as shown (a number, {@code <5}, or the word for hidden). */
    record Row(String label, String value) {}
}
