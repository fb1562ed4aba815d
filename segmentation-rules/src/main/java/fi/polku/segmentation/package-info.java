/**
 * The screening vocabulary shared by every module: languages, segments, booking targets, profile and support
 * areas. Sub-packages hold the instrument, the rules engine and crisis detection.
 */
@NullMarked
package fi.polku.segmentation;

import org.jspecify.annotations.NullMarked;
