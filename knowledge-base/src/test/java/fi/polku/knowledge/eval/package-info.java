/** Search quality evaluation: query files, hit@5 and MRR@10 per language, and a plain BM25 baseline to compare. */
@NullMarked
package fi.polku.knowledge.eval;

import org.jspecify.annotations.NullMarked;
