/**
 * App-wide concerns: the rules and the service index in use (loaded at start, reloaded from their folders), health,
 * problem-detail errors with localised field messages, request languages and random ids.
 */
@NullMarked
package fi.polku.assistant.system;

import org.jspecify.annotations.NullMarked;
