/** Tests of loading and validating service files. */
@NullMarked
package fi.polku.knowledge.catalogue;

import org.jspecify.annotations.NullMarked;
