/** Tests of semantic recall and rank fusion, with a deterministic fake embedder. */
@NullMarked
package fi.polku.knowledge.semantic;

import org.jspecify.annotations.NullMarked;
