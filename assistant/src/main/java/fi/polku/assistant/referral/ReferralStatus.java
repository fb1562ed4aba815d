package fi.polku.assistant.referral;

/** Where the team is with a referral. */
public enum ReferralStatus {
    NEW,
    CONTACTED,
    IN_PROGRESS,
    CLOSED
}
