/**
 * The resident's unfinished questionnaire or chat (one draft shared by both): answers so far, position, chat
 * transcript, expiry and the short resume code. {@link fi.polku.assistant.drafts.Drafts} is the public face; storage
 * adapters live in {@code memory} and {@code redis} and pass one contract suite.
 */
@NullMarked
package fi.polku.assistant.drafts;

import org.jspecify.annotations.NullMarked;
