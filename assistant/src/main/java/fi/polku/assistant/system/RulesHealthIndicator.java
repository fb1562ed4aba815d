package fi.polku.assistant.system;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN until the rules are loaded; then UP with the rules version. */
class RulesHealthIndicator implements HealthIndicator {

    private final CurrentRules rules;

    RulesHealthIndicator(CurrentRules rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        return rules.loaded()
                .map(book -> Health.up().withDetail("version", book.version()).build())
                .orElseGet(() ->
                        Health.down().withDetail("reason", "rules not loaded").build());
    }
}
