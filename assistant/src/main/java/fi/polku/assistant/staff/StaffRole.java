package fi.polku.assistant.staff;

/** What a staff account may see: the referrals of one booking target, a partner's figures, or everything. */
public enum StaffRole {
    SERVICE_GUIDANCE,
    WORK_ABILITY_TEAM,
    PARTNER,
    ADMIN
}
