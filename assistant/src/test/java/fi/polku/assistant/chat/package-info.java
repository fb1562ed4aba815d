@NullMarked
package fi.polku.assistant.chat;

import org.jspecify.annotations.NullMarked;
