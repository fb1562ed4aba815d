/** The Polku application; one sub-package per feature. */
@NullMarked
package fi.polku.assistant;

import org.jspecify.annotations.NullMarked;
