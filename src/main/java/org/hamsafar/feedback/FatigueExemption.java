package org.hamsafar.feedback;

/**
 * Lets another module exempt invitations it asked for from the contact-frequency (fatigue) rules of
 * {@link InvitationRules}. Meant for messages the customer's own request calls for (the follow-up of
 * a case they raised), which would otherwise be held back because the customer answered the very
 * survey that led to the case. Consent and the survey's state and quota still apply.
 */
public interface FatigueExemption {

    /** Whether {@code invitation} may go out even when the customer was surveyed recently. */
    boolean exempt(Invitation invitation);
}
