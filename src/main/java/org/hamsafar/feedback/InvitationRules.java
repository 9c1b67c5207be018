package org.hamsafar.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.customers.ConsentState;
import org.hamsafar.customers.CustomerIdentity;
import org.hamsafar.customers.CustomerProfile;
import org.hamsafar.customers.IdentityKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The distribution rules, checked when an invitation is due (not only when it was created: the
 * survey may be paused, full, or the customer may have withdrawn consent meanwhile). Each broken
 * rule is a reason, recorded on the invitation that was skipped.
 *
 * <p>Consent: an invitation goes only to a channel the customer allowed. Consent is recorded per
 * channel and purpose; for survey invitations the purposes {@value #SURVEYS} and {@value #FEEDBACK}
 * decide (the newest of the two for that channel). When the customer never gave nor withdrew either
 * for that channel, a granted {@value #MARKETING} consent for that channel is enough, since
 * marketing consent covers asking customers' opinion; a consent for other purposes (such as
 * {@code service}, for order and delivery messages) does not.
 *
 * <p>Fatigue: at most one invitation sent per customer in {@code hamsafar.feedback.fatigue-days}
 * (default 30) across all surveys, and per survey in its own {@code fatigueDays} setting. An
 * invitation that a {@link FatigueExemption} exempts is not held back by either (it still counts as
 * sent for the others).
 */
@Component
class InvitationRules {
    static final String SURVEYS = "surveys";
    static final String FEEDBACK = "feedback";
    static final String MARKETING = "marketing";
    private static final Set<String> SURVEY_PURPOSES = Set.of(SURVEYS, FEEDBACK);
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final ObjectProvider<FatigueExemption> exemptions;
    private final int fatigueDays;

    InvitationRules(InvitationRepository invitations, ResponseRepository responses, ObjectProvider<FatigueExemption> exemptions,
                    @Value("${hamsafar.feedback.fatigue-days:30}") int fatigueDays) {
        this.invitations = invitations;
        this.responses = responses;
        this.exemptions = exemptions;
        this.fatigueDays = fatigueDays;
    }

    /** Why the survey takes no invitations now (inactive, full), if it does not. */
    Optional<String> surveyProblem(Survey survey) {
        if (!survey.acceptsAnswers()) {
            return Optional.of("survey is " + survey.status().key());
        }
        Integer quota = survey.settings().quota();
        if (quota != null && responses.countOf(survey.id()) >= quota) {
            return Optional.of("survey has reached its quota of " + quota + " responses");
        }
        return Optional.empty();
    }

    /** Why the customer cannot be reached on the channel (no address, no consent), if they cannot. */
    Optional<String> customerProblem(Optional<CustomerProfile> customer, String channel) {
        if (customer.isEmpty()) {
            return Optional.of("customer no longer exists");
        }
        if (customer.get().erasedAt() != null) {
            return Optional.of("customer was erased");
        }
        if (address(customer.get(), channel).isEmpty()) {
            return Optional.of(SurveyInvitations.EMAIL.equals(channel) ? "customer has no email address" : "customer has no phone number");
        }
        if (!consents(customer.get().consent(), channel)) {
            return Optional.of("no consent to survey invitations by " + channel + " (needs a granted " + channel
                    + " consent for surveys or feedback, or for marketing when neither was ever recorded)");
        }
        return Optional.empty();
    }

    /** Why inviting now would ask the customer too often, if it would. */
    Optional<String> fatigueProblem(Invitation invitation, Survey survey, Instant now) {
        if (exemptions.orderedStream().anyMatch(exemption -> exemption.exempt(invitation))) {
            return Optional.empty();
        }
        if (fatigueDays > 0 && invitations.sentSince(invitation.customerId(), null, invitation.id(),
                now.minus(Duration.ofDays(fatigueDays))) > 0) {
            return Optional.of("fatigue: customer was sent an invitation in the last " + fatigueDays + " days");
        }
        Integer surveyDays = survey.settings().fatigueDays();
        if (surveyDays != null && invitations.sentSince(invitation.customerId(), survey.id(), invitation.id(),
                now.minus(Duration.ofDays(surveyDays))) > 0) {
            return Optional.of("fatigue: customer was sent this survey in the last " + surveyDays + " days");
        }
        return Optional.empty();
    }

    /** The e-mail address or the E.164 phone number to send to (a customer with several: the first in order). */
    static Optional<String> address(CustomerProfile customer, String channel) {
        IdentityKind kind = SurveyInvitations.EMAIL.equals(channel) ? IdentityKind.EMAIL : IdentityKind.PHONE;
        return customer.identities().stream().filter(i -> i.kind() == kind).map(CustomerIdentity::value).findFirst();
    }

    /** The consent rule of this class's comment, for one channel. */
    static boolean consents(List<ConsentState> consent, String channel) {
        Optional<ConsentState> explicit = consent.stream()
                .filter(c -> channel.equals(c.channel()) && SURVEY_PURPOSES.contains(c.purpose()))
                .max(Comparator.comparing(ConsentState::changedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (explicit.isPresent()) {
            return explicit.get().granted();
        }
        return consent.stream().anyMatch(c -> channel.equals(c.channel()) && MARKETING.equals(c.purpose()) && c.granted());
    }
}
