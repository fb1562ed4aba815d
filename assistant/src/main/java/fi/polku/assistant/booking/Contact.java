package fi.polku.assistant.booking;

import org.jspecify.annotations.Nullable;

/**
 * How the team reaches the resident: personal data, shared only with consent, never logged.
 *
 * @param phone in E.164 form, or null when only e-mail was given
 * @param language the language the resident wants the meeting in (fi, sv, en or another language's name)
 * @param interpreter the language an interpreter is needed for, or null
 * @param accessibility arrangements the resident needs, or null
 * @param bestTimeToCall when a call suits, or null
 */
public record Contact(
        String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String language,
        @Nullable String interpreter,
        @Nullable String accessibility,
        @Nullable String bestTimeToCall) {}
