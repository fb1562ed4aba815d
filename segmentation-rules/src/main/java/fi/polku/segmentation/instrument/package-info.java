/**
 * The screening instrument as data: sections and items loaded from the rule folder, the questionnaire view that the
 * API serves, strict validation of raw answers, normalised answers and the functioning-profile area scores.
 */
@NullMarked
package fi.polku.segmentation.instrument;

import org.jspecify.annotations.NullMarked;
