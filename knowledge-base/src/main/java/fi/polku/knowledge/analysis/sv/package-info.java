/** Swedish search analysis: its analysis chain and its word lists (compounds, inflection overrides, synonyms). */
@NullMarked
package fi.polku.knowledge.analysis.sv;

import org.jspecify.annotations.NullMarked;
