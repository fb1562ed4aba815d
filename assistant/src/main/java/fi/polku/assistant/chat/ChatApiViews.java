package fi.polku.assistant.chat;

import fi.polku.assistant.drafts.DraftMessage;
import fi.polku.assistant.drafts.ResumeCodes;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the chat API (api.md "Chat"); more fields than the contract names may be added. */
final class ChatApiViews {

    private ChatApiViews() {}

    /** {@code POST /api/chat/sessions} body. */
    record StartRequest(@Nullable String lang, @Nullable String source) {}

    /** {@code POST .../messages} body: free text or a quick reply's value. */
    record MessageRequest(@Nullable String text, @Nullable String choice) {}

    /** 201 to a new session; {@code resumeCode} continues it on another device. */
    record SessionResponse(
            String sessionId, String resumeCode, String lang, List<MessageView> messages, boolean crisis) {

        static SessionResponse of(ChatTurn turn) {
            return new SessionResponse(
                    turn.draft().id(),
                    ResumeCodes.display(turn.draft().resumeCode()),
                    turn.draft().language().tag(),
                    MessageView.of(turn.messages()),
                    turn.crisis());
        }
    }

    /** 200 to a message. */
    record MessageResponse(
            List<MessageView> messages,
            boolean crisis,
            @Nullable String screeningId) {

        static MessageResponse of(ChatTurn turn) {
            return new MessageResponse(MessageView.of(turn.messages()), turn.crisis(), turn.screeningId());
        }
    }

    /**
     * One assistant message: text, quick replies, the item it asks ({@code summary} for the summary) and a link
     * (e.g. {@code /result/{id}}).
     */
    record MessageView(
            String role,
            String text,
            List<ChoiceView> choices,
            @Nullable String item,
            @Nullable LinkView link) {

        static MessageView of(DraftMessage message) {
            return new MessageView(
                    message.role(),
                    message.text(),
                    message.choices().stream()
                            .map(choice -> new ChoiceView(choice.value(), choice.label()))
                            .toList(),
                    message.item(),
                    message.link() == null
                            ? null
                            : new LinkView(
                                    message.link().value(), message.link().label()));
        }

        static List<MessageView> of(List<DraftMessage> messages) {
            return messages.stream().map(MessageView::of).toList();
        }
    }

    record ChoiceView(String value, String label) {}

    record LinkView(String href, String label) {}
}
