/** The Redis figure store of the {@code redis} profile: one hash of counts per day, expiring after the retention. */
@NullMarked
package fi.polku.assistant.figures.redis;

import org.jspecify.annotations.NullMarked;
