/** The booking stores in Redis (the {@code redis} profile), shared by every instance; slots are taken by Lua scripts. */
@NullMarked
package fi.polku.assistant.booking.redis;

import org.jspecify.annotations.NullMarked;
