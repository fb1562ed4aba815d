package fi.polku.assistant.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a closed referral is kept ({@code polku.referral.retention}, 90 days)
 * @param auditRetention how long the audit log of a referral is kept ({@code polku.referral.audit-retention}, 2 years)
 */
@ConfigurationProperties("polku.referral")
public record ReferralSettings(
        @DefaultValue("90d") Duration retention,
        @DefaultValue("730d") Duration auditRetention) {}
