/** The Redis draft store of the {@code redis} profile: one JSON value per draft and one key per resume code, both with a TTL. */
@NullMarked
package fi.polku.assistant.drafts.redis;

import org.jspecify.annotations.NullMarked;
