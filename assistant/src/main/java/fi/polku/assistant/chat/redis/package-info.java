/** The chat streams of the {@code redis} profile: Redis pub/sub, so every instance hears every reply. */
@NullMarked
package fi.polku.assistant.chat.redis;

import org.jspecify.annotations.NullMarked;
