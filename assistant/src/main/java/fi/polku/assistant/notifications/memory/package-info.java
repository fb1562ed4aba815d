/** The memory adapter of the mail job store. */
@NullMarked
package fi.polku.assistant.notifications.memory;

import org.jspecify.annotations.NullMarked;
