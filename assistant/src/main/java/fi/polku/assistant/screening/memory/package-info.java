/** The in-memory screening store of the embedded default; entries expire after the configured time. */
@NullMarked
package fi.polku.assistant.screening.memory;

import org.jspecify.annotations.NullMarked;
