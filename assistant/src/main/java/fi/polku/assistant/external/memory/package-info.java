/** The outbox in memory, for the default single instance. */
@NullMarked
package fi.polku.assistant.external.memory;

import org.jspecify.annotations.NullMarked;
