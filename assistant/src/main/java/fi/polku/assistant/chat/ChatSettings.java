package fi.polku.assistant.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code polku.chat.max-follow-ups} (5): at most this many "what would help you here?" questions after low scores,
 * so that a resident who answers all 30 questions reaches the summary in at most 35 turns.
 */
@ConfigurationProperties("polku.chat")
record ChatSettings(@DefaultValue("5") int maxFollowUps) {}
