package fi.polku.assistant.drafts.redis;

import fi.polku.assistant.drafts.Draft;
import fi.polku.assistant.drafts.DraftMessage;
import fi.polku.segmentation.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON stored in Redis for one draft; its own shape, so that {@link Draft} can change without breaking what is
 * stored. {@code format} is bumped when this shape changes incompatibly.
 */
record StoredDraft(
        int format,
        String id,
        String resumeCode,
        Language language,
        @Nullable String source,
        Map<String, Object> answers,
        List<String> skipped,
        @Nullable String position,
        List<StoredMessage> transcript,
        Map<String, Integer> misses,
        int followUps,
        @Nullable String screeningId,
        Instant createdAt,
        Instant expiresAt) {

    static final int FORMAT = 1;

    static StoredDraft of(Draft draft) {
        return new StoredDraft(
                FORMAT,
                draft.id(),
                draft.resumeCode(),
                draft.language(),
                draft.source(),
                draft.answers(),
                draft.skipped(),
                draft.position(),
                draft.transcript().stream().map(StoredMessage::of).toList(),
                draft.misses(),
                draft.followUps(),
                draft.screeningId(),
                draft.createdAt(),
                draft.expiresAt());
    }

    Draft toDraft() {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                transcript.stream().map(StoredMessage::toMessage).toList(),
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    /** One transcript message with its quick replies and link as {@code [value, label]} pairs. */
    record StoredMessage(
            String role,
            String text,
            @Nullable String item,
            List<List<String>> choices,
            @Nullable List<String> link) {

        static StoredMessage of(DraftMessage message) {
            return new StoredMessage(
                    message.role(),
                    message.text(),
                    message.item(),
                    message.choices().stream()
                            .map(choice -> List.of(choice.value(), choice.label()))
                            .toList(),
                    message.link() == null
                            ? null
                            : List.of(message.link().value(), message.link().label()));
        }

        DraftMessage toMessage() {
            return new DraftMessage(
                    role,
                    text,
                    item,
                    choices.stream()
                            .map(pair -> new DraftMessage.Choice(pair.get(0), pair.get(1)))
                            .toList(),
                    link == null ? null : new DraftMessage.Choice(link.get(0), link.get(1)));
        }
    }
}
