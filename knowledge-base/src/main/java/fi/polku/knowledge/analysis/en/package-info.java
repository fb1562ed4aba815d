/** English search analysis: its analysis chain and its word lists (compounds, inflection overrides, synonyms). */
@NullMarked
package fi.polku.knowledge.analysis.en;

import org.jspecify.annotations.NullMarked;
