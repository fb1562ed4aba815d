/** The in-memory draft store of the embedded default. */
@NullMarked
package fi.polku.assistant.drafts.memory;

import org.jspecify.annotations.NullMarked;
