@NullMarked
package fi.polku.assistant.models;

import org.jspecify.annotations.NullMarked;
