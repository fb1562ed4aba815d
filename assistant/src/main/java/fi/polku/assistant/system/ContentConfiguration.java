package fi.polku.assistant.system;

import fi.polku.knowledge.semantic.QueryEmbedder;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Loads the rules and the service index at start (a bad rule file stops start-up) and, when they come from folders,
 * polls those folders for edits. Nothing is polled for bundled content, so tests without folders schedule nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ContentConfiguration implements SchedulingConfigurer {

    private final RulesSettings rulesSettings;
    private final CatalogueSettings catalogueSettings;
    private final CurrentRules rules;
    private final CurrentKnowledgeBase knowledgeBase;

    ContentConfiguration(
            RulesSettings rulesSettings,
            CatalogueSettings catalogueSettings,
            Optional<QueryEmbedder> semanticSearchEmbedder) {
        this.rulesSettings = rulesSettings;
        this.catalogueSettings = catalogueSettings;
        this.rules = new CurrentRules(rulesSettings.path());
        // present only when polku.search.semantic.enabled=true (fi.polku.assistant.models)
        this.knowledgeBase = new CurrentKnowledgeBase(catalogueSettings.path(), semanticSearchEmbedder);
    }

    @Bean
    CurrentRules currentRules() {
        rules.load();
        return rules;
    }

    @Bean
    CurrentKnowledgeBase currentKnowledgeBase() {
        knowledgeBase.load();
        return knowledgeBase;
    }

    @Bean
    RulesHealthIndicator rulesHealthIndicator(CurrentRules currentRules) {
        return new RulesHealthIndicator(currentRules);
    }

    @Bean
    KnowledgeBaseHealthIndicator knowledgeBaseHealthIndicator(CurrentKnowledgeBase currentKnowledgeBase) {
        return new KnowledgeBaseHealthIndicator(currentKnowledgeBase);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (rules.watched()) {
            registrar.addFixedDelayTask(rules::reloadIfChanged, rulesSettings.reloadInterval());
        }
        if (knowledgeBase.watched()) {
            registrar.addFixedDelayTask(knowledgeBase::reloadIfChanged, catalogueSettings.reloadInterval());
        }
    }
}
