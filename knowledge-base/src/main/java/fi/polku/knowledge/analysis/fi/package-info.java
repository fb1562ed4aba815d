/** Finnish search analysis: its analysis chain and its word lists (compounds, inflection overrides, synonyms). */
@NullMarked
package fi.polku.knowledge.analysis.fi;

import org.jspecify.annotations.NullMarked;
