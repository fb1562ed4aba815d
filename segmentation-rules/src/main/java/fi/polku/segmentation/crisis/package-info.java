/**
 * Crisis detection in free text (fi, sv, en) with its own small analysis, phrase lists kept as data per language,
 * and the crisis contacts shown first whenever a crisis is detected.
 */
@NullMarked
package fi.polku.segmentation.crisis;

import org.jspecify.annotations.NullMarked;
