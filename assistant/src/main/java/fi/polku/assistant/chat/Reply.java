package fi.polku.assistant.chat;

import org.jspecify.annotations.Nullable;

/** What the resident sent: free text, or the value of a quick reply. */
record Reply(@Nullable String text, @Nullable String choice) {

    static Reply text(String text) {
        return new Reply(text, null);
    }

    static Reply choice(String value) {
        return new Reply(null, value);
    }

    /** The text, or the choice value when there is no text. */
    String raw() {
        return text != null ? text : choice != null ? choice : "";
    }
}
