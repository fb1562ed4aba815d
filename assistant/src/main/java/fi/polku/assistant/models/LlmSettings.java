package fi.polku.assistant.models;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LLM provider ({@code polku.llm.provider}): {@code none} by default. application.properties turns it into
 * Spring AI's {@code spring.ai.model.chat}, so exactly one chat model (or none) is configured.
 */
@ConfigurationProperties("polku.llm")
record LlmSettings(@DefaultValue("none") Provider provider) {

    /** The providers Polku knows; an unknown value stops start-up with a message naming the key. */
    enum Provider {
        NONE,
        OPENAI,
        /** In the contract, but its Spring AI starter does not resolve at 2.0.1: start-up explains the way around. */
        OLLAMA
    }
}
