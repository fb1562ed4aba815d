/** The chat streams of the embedded default: listeners in this process's memory. */
@NullMarked
package fi.polku.assistant.chat.memory;

import org.jspecify.annotations.NullMarked;
