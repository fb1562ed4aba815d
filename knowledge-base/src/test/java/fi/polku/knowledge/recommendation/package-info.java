/** Tests of the profile-based recommendation. */
@NullMarked
package fi.polku.knowledge.recommendation;

import org.jspecify.annotations.NullMarked;
