/** Tests of semantic recall with a deterministic fake embedder, and the pinned behaviour of Lucene's rank fusion. */
@NullMarked
package fi.polku.knowledge.semantic;

import org.jspecify.annotations.NullMarked;
