/** Tests of the search analysis chains. */
@NullMarked
package fi.polku.knowledge.analysis;

import org.jspecify.annotations.NullMarked;
