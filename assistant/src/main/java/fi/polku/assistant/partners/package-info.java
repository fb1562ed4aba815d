/**
 * Partner organisations (third-sector and others) whose links bring residents to Polku: the codes known at start
 * ({@code polku.partners.<code>.name}) and how a visit's source is recorded.
 */
@NullMarked
package fi.polku.assistant.partners;

import org.jspecify.annotations.NullMarked;
