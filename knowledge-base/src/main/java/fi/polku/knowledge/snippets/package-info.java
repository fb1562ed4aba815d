/**
 * The snippet of each hit: the description (else the summary) in the result language, the query's words in
 * {@code <mark>}, everything else HTML-escaped.
 *
 * <ul>
 *   <li>{@link fi.polku.knowledge.snippets.Snippets}: the entry point, on Lucene's UnifiedHighlighter.
 *   <li>{@link fi.polku.knowledge.snippets.InMemoryTextHighlighter}: field texts from memory instead of stored fields.
 *   <li>{@link fi.polku.knowledge.snippets.PassageScores}: Lucene's passage scoring without a hash per passage.
 * </ul>
 *
 * Each custom piece names the Lucene piece it replaces and has an oracle test against it (module README).
 */
@NullMarked
package fi.polku.knowledge.snippets;

import org.jspecify.annotations.NullMarked;
