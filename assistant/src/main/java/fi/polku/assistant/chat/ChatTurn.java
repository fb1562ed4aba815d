package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one step of a chat produced: the saved draft, the new assistant messages, whether the resident's text expressed
 * a crisis (the first message then gives the crisis contacts), and the screening id once the summary was confirmed.
 */
public record ChatTurn(
        Draft draft,
        List<DraftMessage> messages,
        boolean crisis,
        @Nullable String screeningId) {

    public ChatTurn {
        messages = List.copyOf(messages);
    }
}
