/** The booking stores in this process's memory: the embedded default, one instance only. */
@NullMarked
package fi.polku.assistant.booking.memory;

import org.jspecify.annotations.NullMarked;
