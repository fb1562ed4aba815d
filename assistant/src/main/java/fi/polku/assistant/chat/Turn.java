package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import java.util.List;

/**
 * The dialogue's answer to one reply: the draft after it (transcript included), the new assistant messages, whether
 * the reply expressed a crisis, and whether the resident confirmed the summary (the screening is then made).
 */
record Turn(Draft draft, List<DraftMessage> messages, boolean crisis, boolean confirmed) {

    Turn {
        messages = List.copyOf(messages);
    }
}
