package fi.polku.assistant.screening;

import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.rules.Decision;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A completed screening as decided then: the normalised answers, the decision with its reasons in every language,
 * the functioning profile and the matched services per language. It holds no name or contact details.
 *
 * @param source the partner code it came through, {@code other} for an unknown code, or null when none was given
 */
public record Screening(
        String id,
        Instant createdAt,
        Language language,
        @Nullable String source,
        Map<String, Object> answers,
        Decision decision,
        FunctioningProfile profile,
        Map<Language, List<Recommendation>> services) {

    public Screening {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        EnumMap<Language, List<Recommendation>> copy = new EnumMap<>(Language.class);
        services.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        services = Collections.unmodifiableMap(copy);
    }

    /** The services in the language, else in the screening's own language. */
    public List<Recommendation> services(Language lang) {
        List<Recommendation> list = services.get(lang);
        return list != null ? list : services.getOrDefault(language, List.of());
    }
}
