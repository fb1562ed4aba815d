/** The redis adapter of the mail job store. */
@NullMarked
package fi.polku.assistant.notifications.redis;

import org.jspecify.annotations.NullMarked;
