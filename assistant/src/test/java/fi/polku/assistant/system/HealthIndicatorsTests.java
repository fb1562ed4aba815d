package fi.polku.assistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The health indicators are DOWN until their content is loaded, so a starting instance gets no traffic. */
class HealthIndicatorsTests {

    @Test
    void reportsRulesDownBeforeLoading() {
        assertThat(new RulesHealthIndicator(new CurrentRules(null)).health().getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void reportsKnowledgeBaseDownBeforeLoading() {
        assertThat(new KnowledgeBaseHealthIndicator(new CurrentKnowledgeBase(null))
                        .health()
                        .getStatus())
                .isEqualTo(Status.DOWN);
    }

    @Test
    void reportsRulesUpOnceLoaded() {
        CurrentRules rules = new CurrentRules(null);
        rules.load();

        assertThat(new RulesHealthIndicator(rules).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void reportsKnowledgeBaseUpOnceLoaded() {
        CurrentKnowledgeBase knowledgeBase = new CurrentKnowledgeBase(null);
        knowledgeBase.load();

        assertThat(new KnowledgeBaseHealthIndicator(knowledgeBase).health().getStatus())
                .isEqualTo(Status.UP);
    }
}
