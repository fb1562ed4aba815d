/** Helpers of the system module: reloading content from a watched folder. Not for other modules. */
@NullMarked
package fi.polku.assistant.system.internal;

import org.jspecify.annotations.NullMarked;
