/**
 * Self-screening: the questionnaire, validating answers, the rule-based decision with its reasons, matching
 * services, and the stored result that expires; its pages: the questionnaire one section at a time (answers in the
 * shared draft), the summary and the result. Storage adapters live in {@code memory} and {@code redis}.
 */
@NullMarked
package fi.polku.assistant.screening;

import org.jspecify.annotations.NullMarked;
