/**
 * App-wide concerns: the rules and the service index in use (loaded at start, reloaded from their folders), health,
 * problem-detail errors with localised field messages, request languages and random ids; and the page foundation:
 * security (CSRF, CSP, headers), the page language ({@code ?lang=}, remembered), and the model of the
 * layout every page shares.
 */
@NullMarked
package fi.polku.assistant.system;

import org.jspecify.annotations.NullMarked;
