/**
 * The shape of the service index, shared by keyword search, snippets and semantic recall.
 *
 * <ul>
 *   <li>{@link fi.polku.knowledge.index.Analysis}: the analyzers of every language, per field for indexing.
 *   <li>{@link fi.polku.knowledge.index.IndexField}: the text fields per language with their weights, and the filter
 *       fields.
 *   <li>{@link fi.polku.knowledge.index.ServiceIndexer}: writes the catalogue into an in-memory index.
 *   <li>{@link fi.polku.knowledge.index.ServiceFilter}: the municipality, segment and age filter as a Lucene query,
 *       and the fields it reads.
 *   <li>{@link fi.polku.knowledge.index.QueryTerms}, {@link fi.polku.knowledge.index.WeightedTerm}: user text cut and
 *       analysed into weighted terms (typed, synonym, compound part).
 * </ul>
 */
@NullMarked
package fi.polku.knowledge.index;

import org.jspecify.annotations.NullMarked;
