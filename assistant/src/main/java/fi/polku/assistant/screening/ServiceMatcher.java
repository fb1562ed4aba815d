package fi.polku.assistant.screening;

import fi.polku.assistant.system.CurrentKnowledgeBase;
import fi.polku.knowledge.recommendation.Background;
import fi.polku.knowledge.recommendation.ProfileQuery;
import fi.polku.knowledge.recommendation.Recommendation;
import fi.polku.knowledge.search.KnowledgeBase;
import fi.polku.segmentation.Language;
import fi.polku.segmentation.instrument.ResidentSituation;
import fi.polku.segmentation.rules.Decision;
import java.util.List;
import java.util.Map;
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

    /** The background answers that rule services out or put them first (age, status, goal, services in use). */
    private static Background background(ResidentSituation situation) {
        return new Background(
                situation.age(),
                situation.employmentStatus(),
                situation.goal(),
                situation.currentServices(),
                situation.registeredJobseeker());
    }

    /**
     * The recommendations per language; all three are made now so that the stored result renders later in any
     * language as it was decided. In a crisis the index puts {@code kriisiapu} first.
     */
    Map<Language, List<Recommendation>> match(Decision decision, ResidentSituation situation) {
        KnowledgeBase kb = knowledgeBase.get();
        ProfileQuery query = new ProfileQuery(
                decision.segment(),
                situation.supportAreas(),
                situation.areaScores(),
                situation.municipality(),
                Language.FI,
                decision.crisis(),
                background(situation));
        return kb.recommendInEveryLanguage(query, settings.services());
    }
}
