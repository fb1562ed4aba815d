package fi.polku.assistant.drafts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message of a chat transcript as shown then.
 *
 * @param role {@code assistant} or {@code resident}
 * @param item the instrument item the message asks or answers, or null
 * @param choices quick replies offered with an assistant message
 * @param link a link shown with the message (its value is the address), e.g. to the result, or null
 */
public record DraftMessage(
        String role,
        String text,
        @Nullable String item,
        List<Choice> choices,
        @Nullable Choice link) {

    public static final String ASSISTANT = "assistant";
    public static final String RESIDENT = "resident";

    public DraftMessage {
        choices = List.copyOf(choices);
    }

    /** A message without a link. */
    public DraftMessage(String role, String text, @Nullable String item, List<Choice> choices) {
        this(role, text, item, choices, null);
    }

    /** A quick reply: the value sent back and the label shown. */
    public record Choice(String value, String label) {}
}
