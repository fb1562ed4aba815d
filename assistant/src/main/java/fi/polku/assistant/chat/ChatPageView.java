package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import fi.polku.assistant.drafts.DraftMessage.Choice;
import fi.polku.assistant.drafts.ResumeCodes;
import fi.polku.segmentation.instrument.Item;
import fi.polku.segmentation.instrument.ItemType;
import fi.polku.segmentation.rules.RuleBook;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code /chat} page shows: the conversation so far, the quick replies of the question asked now (answers, and
 * the other choices such as skip), whether several answers may be picked, and the resume code.
 *
 * @param setItems the ids of questions with several answers, space-separated, for chat.js
 * @param resumeError a message key when a resume code was not accepted, else null
 */
record ChatPageView(
        String sessionId,
        String resumeCode,
        List<Line> lines,
        List<Choice> answers,
        List<Choice> others,
        boolean several,
        String setItems,
        @Nullable String resumeError) {

    /** One message: the resident's or the assistant's, its paragraphs, and an optional link. */
    record Line(
            boolean assistant,
            List<String> paragraphs,
            @Nullable Choice link) {}

    static ChatPageView of(Draft draft, RuleBook book, @Nullable String resumeError) {
        List<Line> lines = draft.transcript().stream()
                .map(message -> new Line(
                        DraftMessage.ASSISTANT.equals(message.role()),
                        List.of(message.text().split("\n")),
                        message.link()))
                .toList();
        DraftMessage asking = draft.transcript().reversed().stream()
                .filter(message -> DraftMessage.ASSISTANT.equals(message.role()))
                .filter(message -> message.item() != null || !message.choices().isEmpty())
                .findFirst()
                .orElse(null);
        List<Choice> choices = asking == null ? List.of() : asking.choices();
        boolean several = asking != null
                && asking.item() != null
                && book.instrument().item(asking.item()).map(Item::type).orElse(null) == ItemType.SET;
        return new ChatPageView(
                draft.id(),
                ResumeCodes.display(draft.resumeCode()),
                lines,
                choices.stream().filter(choice -> !isCommand(choice)).toList(),
                choices.stream().filter(ChatPageView::isCommand).toList(),
                several,
                String.join(
                        " ",
                        book.instrument().items().values().stream()
                                .filter(item -> item.type() == ItemType.SET)
                                .map(Item::id)
                                .toList()),
                resumeError);
    }

    private static boolean isCommand(Choice choice) {
        return choice.value().startsWith(Dialogue.COMMAND) || choice.value().startsWith(Dialogue.EDIT);
    }
}
