/**
 * The chat: the screening instrument as a dialogue driven by a deterministic dialogue manager (no LLM), its JSON API
 * with server-sent events, and the {@code /chat} page. It reads and writes the same draft as the questionnaire and
 * makes the screening through the same service as the API.
 */
@NullMarked
package fi.polku.assistant.chat;

import org.jspecify.annotations.NullMarked;
