package fi.polku.assistant.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN until the service index is built; then UP with the number of services. */
class KnowledgeBaseHealthIndicator implements HealthIndicator {

    private final CurrentKnowledgeBase knowledgeBase;

    KnowledgeBaseHealthIndicator(CurrentKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public Health health() {
        return knowledgeBase
                .loaded()
                .map(kb -> Health.up()
                        .withDetail("services", kb.catalogue().all().size())
                        .build())
                .orElseGet(() -> Health.down()
                        .withDetail("reason", "service index not built")
                        .build());
    }
}
