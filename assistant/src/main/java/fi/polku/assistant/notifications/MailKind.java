package fi.polku.assistant.notifications;

import java.util.Locale;

/** What a mail tells the resident; its code names the message keys ({@code notifications.<code>.subject}). */
public enum MailKind {
    CONFIRMATION,
    REMINDER,
    CANCELLATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
