/**
 * Optional semantic recall: embedding similarity fused with the keyword ranking; off unless an embedder is given.
 *
 * <ul>
 *   <li>{@link fi.polku.knowledge.semantic.QueryEmbedder}: the port a model adapter implements (text to vector).
 *   <li>{@link fi.polku.knowledge.semantic.VectorIndexer}: embeds the service texts into a vector index.
 *   <li>{@link fi.polku.knowledge.semantic.SemanticRecall}: the nearest services of a query, fused with the keyword
 *       ranking by Lucene's {@code TopDocs.rrf} (the own {@code RankFusion} was removed: slower, it only changed
 *       the order of ties).
 * </ul>
 */
@NullMarked
package fi.polku.knowledge.semantic;

import org.jspecify.annotations.NullMarked;
