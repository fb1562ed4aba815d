package fi.polku.assistant.services;

import fi.polku.assistant.system.ApiMessages;
import fi.polku.assistant.system.ApiProblem;
import fi.polku.assistant.system.CurrentRules;
import fi.polku.assistant.system.FieldProblem;
import fi.polku.knowledge.search.SearchRequest;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.Municipalities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks the query parameters of a service search and names every bad one; unknown filters are simply ignored. */
@Component
class SearchParameters {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    /** The ages screening.md asks about. */
    static final int MIN_AGE = 15;

    static final int MAX_AGE = 70;

    private final ApiMessages messages;
    private final CurrentRules rules;

    SearchParameters(ApiMessages messages, CurrentRules rules) {
        this.messages = messages;
        this.rules = rules;
    }

    SearchRequest request(
            @Nullable String q,
            Language language,
            @Nullable String limit,
            @Nullable String municipality,
            @Nullable String segment,
            @Nullable String age) {
        List<FieldProblem> errors = new ArrayList<>();
        if (q == null || q.isBlank()) {
            errors.add(messages.problem("q", "services.q.blank", language));
        }
        int hits = limit(limit);
        if (hits < 1) {
            errors.add(messages.problem("limit", "services.limit.range", language, 1, MAX_LIMIT));
        }
        Integer years = age(age);
        if (age != null && years == null) {
            errors.add(messages.problem("age", "services.age.range", language, MIN_AGE, MAX_AGE));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(errors, language);
        }
        return new SearchRequest(q, language, hits, slug(municipality), segment(segment), years);
    }

    /** The limit, or 0 when it is not a whole number in 1..50. */
    private static int limit(@Nullable String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        String digits = limit.strip();
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        int value = Integer.parseInt(digits);
        return value <= MAX_LIMIT ? value : 0;
    }

    /** The age, or null when it is not a whole number in 15..70 (or not given). */
    private static @Nullable Integer age(@Nullable String age) {
        if (age == null) {
            return null;
        }
        String digits = age.strip();
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value >= MIN_AGE && value <= MAX_AGE ? value : null;
    }

    /** A municipality the rules know, else none: an unknown one filters nothing (api.md). */
    private @Nullable String slug(@Nullable String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return null;
        }
        String slug = municipality.strip().toLowerCase(Locale.ROOT);
        return rules.get().municipalities().isKnown(slug) && !slug.equals(Municipalities.OTHER) ? slug : null;
    }

    private static @Nullable Segment segment(@Nullable String code) {
        if (code == null) {
            return null;
        }
        for (Segment segment : Segment.values()) {
            if (segment.name().equalsIgnoreCase(code.strip())) {
                return segment;
            }
        }
        return null;
    }
}
