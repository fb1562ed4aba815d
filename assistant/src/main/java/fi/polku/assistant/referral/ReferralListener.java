package fi.polku.assistant.referral;

import reactor.core.publisher.Mono;

/**
 * What else happens when staff move a referral on, e.g. counting it in the figures. Called once the change is saved
 * and audited, before staff get the answer; a failure is logged without personal data and the change stands.
 */
public interface ReferralListener {

    /** A referral got another status. */
    Mono<Void> on(ReferralStatusChanged event);

    /** The first meeting's outcome was recorded. */
    Mono<Void> on(MeetingOutcomeRecorded event);
}
