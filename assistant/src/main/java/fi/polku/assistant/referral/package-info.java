/**
 * The referral a booking sends to its team: the pre-filled initial interview (alkuhaastattelu) with the questions
 * still to ask, the staff inbox API with its status changes and audit log, retention after closing, and the FHIR R4
 * export. Storage adapters live in {@code memory} and {@code redis}.
 */
@NullMarked
package fi.polku.assistant.referral;

import org.jspecify.annotations.NullMarked;
