/**
 * Staff sign-in and who may see what: accounts from {@code polku.staff.users.*}, a security filter chain of its own
 * for the staff pages and API, the partner pages and the figures, and each account's roles and municipalities.
 */
@NullMarked
package fi.polku.assistant.staff;

import org.jspecify.annotations.NullMarked;
