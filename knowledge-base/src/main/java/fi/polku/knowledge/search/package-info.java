/**
 * Free-text service search, the module's entry point.
 *
 * <ul>
 *   <li>{@link fi.polku.knowledge.search.KnowledgeBase}: builds the index of a catalogue; search and recommend.
 *   <li>{@link fi.polku.knowledge.search.SearchRequest}, {@link fi.polku.knowledge.search.SearchResults},
 *       {@link fi.polku.knowledge.search.SearchHit}: what a search asks and gives.
 *   <li>{@link fi.polku.knowledge.search.ServiceQueryBuilder}: the Lucene query of analysed text (per word, per field,
 *       per language), with {@link fi.polku.knowledge.search.TypoQuery} (typo tolerance for words no index knows).
 * </ul>
 *
 * Snippets are in {@code fi.polku.knowledge.snippets}, semantic recall in {@code fi.polku.knowledge.semantic}, the
 * profile recommendation in {@code fi.polku.knowledge.recommendation}, the index shape in
 * {@code fi.polku.knowledge.index}.
 */
@NullMarked
package fi.polku.knowledge.search;

import org.jspecify.annotations.NullMarked;
