package fi.polku.assistant.screening;

import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.knowledge.search.ProfileQuery;
import fi.polku.knowledge.search.Recommendation;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.Answers;
import fi.polku.segmentation.instrument.FunctioningProfile;
import fi.polku.segmentation.instrument.Municipalities;
import fi.polku.segmentation.rules.Decision;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Finds the services that fit a screening, in every language, from the current service index. */
@Component
class ServiceMatcher {

    private final CurrentKnowledgeBase knowledgeBase;
    private final ScreeningSettings settings;

    ServiceMatcher(CurrentKnowledgeBase knowledgeBase, ScreeningSettings settings) {
        this.knowledgeBase = knowledgeBase;
        this.settings = settings;
    }

    /**
     * The recommendations per language; all three are made now so that the stored result renders later in any
     * language as it was decided. In a crisis the index puts {@code kriisiapu} first.
     */
    Map<Language, List<Recommendation>> match(
            Answers answers, Decision decision, FunctioningProfile profile, Municipalities municipalities) {
        KnowledgeBase kb = knowledgeBase.get();
        String municipality = municipality(answers, municipalities);
        Set<String> supportAreas = supportAreas(answers);
        ProfileQuery query = new ProfileQuery(
                decision.segment(), supportAreas, profile.areas(), municipality, Language.FI, decision.crisis());
        return kb.recommendInEveryLanguage(query, settings.services());
    }

    /** A municipality the product does not know counts as {@code other} for services (screening.md). */
    private static @Nullable String municipality(Answers answers, Municipalities municipalities) {
        return answers.get("municipality")
                .map(slug -> municipalities.resolve(String.valueOf(slug)))
                .orElse(null);
    }

    private static Set<String> supportAreas(Answers answers) {
        return answers.get("support_areas")
                .filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
