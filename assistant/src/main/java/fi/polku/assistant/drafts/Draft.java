package fi.polku.assistant.drafts;

import fi.polku.segmentation.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An unfinished questionnaire or chat; the questionnaire pages and the chat read and write the same draft, so a
 * resident can switch between them. It holds no name or contact details.
 *
 * @param resumeCode the short code that resumes this draft on another device (see {@link ResumeCodes}); never log it
 * @param source the partner code it came through, or null
 * @param answers raw answers so far by item id (Integer, Boolean, String or a list of strings), not yet validated as a
 *     whole
 * @param skipped items the resident chose to skip (or left empty) and should not be asked again
 * @param position where the resident is: the questionnaire's section id, or the chat's current item id, {@code
 *     summary} or {@code done}; null before the first question
 * @param transcript the chat so far, oldest first
 * @param misses unusable replies in a row per item (the chat offers another way after three)
 * @param followUps how many "what would help you here?" questions the chat has asked
 * @param screeningId the screening made from this draft once the resident confirmed it, or null
 * @param expiresAt when the draft and its resume code are forgotten; moved on by each save
 */
public record Draft(
        String id,
        String resumeCode,
        Language language,
        @Nullable String source,
        Map<String, Object> answers,
        List<String> skipped,
        @Nullable String position,
        List<DraftMessage> transcript,
        Map<String, Integer> misses,
        int followUps,
        @Nullable String screeningId,
        Instant createdAt,
        Instant expiresAt) {

    public Draft {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        skipped = List.copyOf(new LinkedHashSet<>(skipped));
        transcript = List.copyOf(transcript);
        misses = Collections.unmodifiableMap(new LinkedHashMap<>(misses));
    }

    /** A new, empty draft. */
    public static Draft start(
            String id, String resumeCode, Language language, @Nullable String source, Instant now, Instant expiresAt) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                Map.of(),
                List.of(),
                null,
                List.of(),
                Map.of(),
                0,
                null,
                now,
                expiresAt);
    }

    /** This draft with one answer set (null or blank text removes it) and the item no longer skipped. */
    public Draft withAnswer(String item, @Nullable Object value) {
        Map<String, Object> next = new LinkedHashMap<>(answers);
        if (value == null || (value instanceof String text && text.isBlank())) {
            next.remove(item);
        } else {
            next.put(item, value);
        }
        List<String> notSkipped = new ArrayList<>(skipped);
        notSkipped.remove(item);
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                next,
                notSkipped,
                position,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    /** This draft with the item skipped and its answer removed. */
    public Draft withSkipped(String item) {
        Map<String, Object> next = new LinkedHashMap<>(answers);
        next.remove(item);
        List<String> more = new ArrayList<>(skipped);
        more.add(item);
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                next,
                more,
                position,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    /** This draft with all answers replaced (the questionnaire saves a whole section at a time). */
    public Draft withAnswers(Map<String, Object> newAnswers) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                newAnswers,
                skipped,
                position,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    public Draft withLanguage(Language newLanguage) {
        return new Draft(
                id,
                resumeCode,
                newLanguage,
                source,
                answers,
                skipped,
                position,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    public Draft withPosition(@Nullable String newPosition) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                newPosition,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    /** This draft with messages added to the transcript. */
    public Draft withMessages(List<DraftMessage> messages) {
        List<DraftMessage> longer = new ArrayList<>(transcript);
        longer.addAll(messages);
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                longer,
                misses,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    /** How many unusable replies in a row the item has had. */
    public int misses(String item) {
        return misses.getOrDefault(item, 0);
    }

    /** This draft with the item's miss count set (0 forgets it). */
    public Draft withMisses(String item, int count) {
        Map<String, Integer> next = new LinkedHashMap<>(misses);
        if (count == 0) {
            next.remove(item);
        } else {
            next.put(item, count);
        }
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                transcript,
                next,
                followUps,
                screeningId,
                createdAt,
                expiresAt);
    }

    public Draft withFollowUps(int count) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                transcript,
                misses,
                count,
                screeningId,
                createdAt,
                expiresAt);
    }

    public Draft withScreeningId(@Nullable String newScreeningId) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                transcript,
                misses,
                followUps,
                newScreeningId,
                createdAt,
                expiresAt);
    }

    /** The same draft emptied (start again): the id, code, language and source stay. */
    public Draft restarted() {
        return start(id, resumeCode, language, source, createdAt, expiresAt);
    }

    public Draft withExpiresAt(Instant newExpiresAt) {
        return new Draft(
                id,
                resumeCode,
                language,
                source,
                answers,
                skipped,
                position,
                transcript,
                misses,
                followUps,
                screeningId,
                createdAt,
                newExpiresAt);
    }

    /** True when the item has an answer or was skipped. */
    public boolean visited(String item) {
        return answers.containsKey(item) || skipped.contains(item);
    }

    @Override
    public String toString() {
        // ids, codes and answers stay out of logs
        return "Draft[" + language + ", " + answers.size() + " answers, position " + position + "]";
    }
}
