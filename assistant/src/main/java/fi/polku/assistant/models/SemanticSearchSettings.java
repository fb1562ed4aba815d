package fi.polku.assistant.models;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Semantic recall for the service search ({@code polku.search.semantic.enabled}), off by default. */
@ConfigurationProperties("polku.search.semantic")
record SemanticSearchSettings(boolean enabled) {}
