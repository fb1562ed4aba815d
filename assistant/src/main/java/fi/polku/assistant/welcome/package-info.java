/**
 * The pages around the services: the front page (what Polku is and is not, how long it takes, what is kept, the
 * ways in), the privacy notice and the accessibility statement.
 */
@NullMarked
package fi.polku.assistant.welcome;

import org.jspecify.annotations.NullMarked;
