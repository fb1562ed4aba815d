/** The Redis screening store of the {@code redis} profile: one JSON value per screening with a TTL. */
@NullMarked
package fi.polku.assistant.screening.redis;

import org.jspecify.annotations.NullMarked;
