@NullMarked
package fi.polku.assistant.drafts;

import org.jspecify.annotations.NullMarked;
