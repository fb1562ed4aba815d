/** The in-memory figure store of the embedded default; days past the retention are forgotten. */
@NullMarked
package fi.polku.assistant.figures.memory;

import org.jspecify.annotations.NullMarked;
