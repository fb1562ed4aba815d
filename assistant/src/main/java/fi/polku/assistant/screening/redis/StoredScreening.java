package fi.polku.assistant.screening.redis;

import fi.polku.assistant.screening.Screening;
import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.segmentation.BookingTarget;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.Segment;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.rules.Decision;
import fi.polku.segmentation.rules.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON stored in Redis for one screening; its own shape, so that the domain types can change without breaking
 * what is stored. {@code format} is bumped when this shape changes incompatibly.
 */
record StoredScreening(
        int format,
        String id,
        Instant createdAt,
        Language language,
        @Nullable String source,
        Map<String, Object> answers,
        Segment segment,
        @Nullable BookingTarget bookingTarget,
        List<StoredReason> reasons,
        boolean crisis,
        String rulesVersion,
        Map<String, Object> facts,
        Map<String, Integer> profileItems,
        Map<String, @Nullable Double> profileAreas,
        Map<Language, List<StoredService>> services) {

    static final int FORMAT = 1;

    static StoredScreening of(Screening screening) {
        Decision decision = screening.decision();
        return new StoredScreening(
                FORMAT,
                screening.id(),
                screening.createdAt(),
                screening.language(),
                screening.source(),
                screening.answers(),
                decision.segment(),
                decision.bookingTarget(),
                decision.reasons().stream().map(StoredReason::of).toList(),
                decision.crisis(),
                decision.rulesVersion(),
                decision.facts(),
                screening.profile().items(),
                screening.profile().areas(),
                screening.services().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                entry -> entry.getValue().stream()
                                        .map(StoredService::of)
                                        .toList())));
    }

    Screening toScreening() {
        Decision decision = new Decision(
                segment,
                bookingTarget,
                reasons.stream().map(StoredReason::toReason).toList(),
                crisis,
                rulesVersion,
                facts);
        return new Screening(
                id,
                createdAt,
                language,
                source,
                answers,
                decision,
                new FunctioningProfile(profileItems, profileAreas),
                services.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey,
                                entry -> entry.getValue().stream()
                                        .map(StoredService::toRecommendation)
                                        .toList())));
    }

    /** A reason with its texts in every language. */
    record StoredReason(String rule, Map<Language, String> texts, List<String> facts) {

        static StoredReason of(Reason reason) {
            return new StoredReason(reason.rule(), reason.texts(), reason.facts());
        }

        Reason toReason() {
            return new Reason(rule, texts, facts);
        }
    }

    /** A suggested service as shown then. */
    record StoredService(String id, String title, String why, double score) {

        static StoredService of(Recommendation recommendation) {
            return new StoredService(
                    recommendation.id(), recommendation.title(), recommendation.why(), recommendation.score());
        }

        Recommendation toRecommendation() {
            return new Recommendation(id, title, why, score);
        }
    }
}
