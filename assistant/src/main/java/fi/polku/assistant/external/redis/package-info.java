/** The outbox in Redis: durable and shared by every instance. */
@NullMarked
package fi.polku.assistant.external.redis;

import org.jspecify.annotations.NullMarked;
