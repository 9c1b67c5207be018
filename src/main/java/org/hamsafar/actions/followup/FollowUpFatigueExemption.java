package org.hamsafar.actions.followup;

import org.hamsafar.feedback.FatigueExemption;
import org.hamsafar.feedback.Invitation;
import org.springframework.stereotype.Component;

/**
 * A case follow-up answers the customer's own request: when the settings say so (the default), it is
 * not held back because the customer was surveyed recently, which is usually the case, since a
 * survey answer is what often opened the case. Consent still applies.
 */
@Component
class FollowUpFatigueExemption implements FatigueExemption {

    private final CaseFollowUpRepository followUps;

    FollowUpFatigueExemption(CaseFollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    public boolean exempt(Invitation invitation) {
        return FollowUpInviter.TOUCHPOINT.equals(invitation.touchpoint()) && followUps.exempt(invitation.id());
    }
}
