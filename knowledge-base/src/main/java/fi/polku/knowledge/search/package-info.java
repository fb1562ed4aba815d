/**
 * Search and recommendation over the service catalogue: the in-memory Lucene index, query building, snippets and the
 * transparent profile-based recommendation.
 */
@NullMarked
package fi.polku.knowledge.search;

import org.jspecify.annotations.NullMarked;
