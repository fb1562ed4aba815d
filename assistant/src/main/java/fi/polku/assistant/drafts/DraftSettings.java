package fi.polku.assistant.drafts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an unfinished questionnaire or chat is kept after its last change ({@code polku.drafts.expiry}, 7 days,
 * the same as a screening by default); its resume code expires with it.
 */
@ConfigurationProperties("polku.drafts")
public record DraftSettings(@DefaultValue("7d") Duration expiry) {}
