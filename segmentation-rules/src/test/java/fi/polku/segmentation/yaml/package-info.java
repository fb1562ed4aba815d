@NullMarked
package fi.polku.segmentation.yaml;

import org.jspecify.annotations.NullMarked;
