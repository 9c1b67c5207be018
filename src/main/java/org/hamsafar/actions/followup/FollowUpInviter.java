package org.hamsafar.actions.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hamsafar.actions.CaseChanged;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CaseState;
import org.hamsafar.actions.CxCase;
import org.hamsafar.feedback.Invitation;
import org.hamsafar.feedback.InvitationStatus;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyInvitations;
import org.hamsafar.identity.Actors;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invites the customer to the follow-up survey when their case is resolved, and withdraws an
 * invitation not sent yet when the case is reopened. Runs inside the transaction of the case's
 * change ({@link CaseChanged} is published there), so the invitation, its link to the case and the
 * history entry commit with the resolution or not at all.
 *
 * <p>One invitation per resolution: a case resolved, reopened and resolved again is followed up
 * again, unless the invitation of the earlier resolution is still open (sent, neither answered nor
 * expired): then that one stands, and its answer counts for the new resolution; the customer never
 * holds two open follow-up links for one case. Whenever no invitation is made although follow-up is
 * on (no customer, no address or consent for the channel, the survey not taking answers), the reason
 * is written to the case's history. Follow-up switched off leaves no trace.
 */
@Component
class FollowUpInviter {

    /** The touchpoint of follow-up invitations and their responses (results can be filtered by it). */
    static final String TOUCHPOINT = "case_follow_up";
    static final String CHANGE = "follow_up";

    private final FollowUpSettingsRepository settings;
    private final CaseFollowUpRepository followUps;
    private final SurveyInvitations invitations;
    private final SurveyCatalog surveys;
    private final CaseService cases;
    private final Clock clock;

    FollowUpInviter(FollowUpSettingsRepository settings, CaseFollowUpRepository followUps, SurveyInvitations invitations,
                    SurveyCatalog surveys, CaseService cases, Clock clock) {
        this.settings = settings;
        this.followUps = followUps;
        this.invitations = invitations;
        this.surveys = surveys;
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    void caseChanged(CaseChanged change) {
        if (!change.stateChanged()) {
            return;
        }
        CxCase after = change.after();
        if (after.state() == CaseState.RESOLVED) {
            resolved(after);
        } else if (after.state() == CaseState.IN_PROGRESS
                && (change.before().state() == CaseState.RESOLVED || change.before().state() == CaseState.CLOSED)) {
            reopened(after);
        }
    }

    private void resolved(CxCase aCase) {
        FollowUpSettings current = settings.current();
        if (!current.enabled()) {
            return;
        }
        Optional<String> withheld = reasonNotToInvite(aCase, current);
        if (withheld.isPresent()) {
            note(aCase, withheld.get());
            return;
        }
        // A link is handed out at once; e-mail and SMS go out after the delay.
        boolean link = SurveyInvitations.LINK.equals(current.channel());
        // As precise as the store keeps times, so that the history and the follow-up show the same moment.
        Instant resolvedAt = aCase.resolvedAt().truncatedTo(ChronoUnit.MICROS);
        Instant sendAt = link ? resolvedAt : resolvedAt.plus(Duration.ofMinutes(current.delayMinutes()));
        Invitation invitation;
        try {
            invitation = invitations.invite(current.surveyId(), aCase.customerId(), current.channel(), TOUCHPOINT, sendAt);
        } catch (InvalidInputException refused) {
            // Checked before anything is written (a link to a survey that is full, ...): the resolution itself stands.
            note(aCase, FollowUpNote.notSent(FollowUpNote.REFUSED, refused.errors().stream().map(p -> p.field() + " " + p.message())
                    .collect(Collectors.joining("; "))));
            return;
        }
        followUps.insert(new CaseFollowUp(invitation.id(), aCase.id(), invitation.customerId(), current.surveyId(), current.channel(),
                resolvedAt, invitation.sendAt(), current.fatigueExempt(), clock.instant(), null, null, null, null, null, null));
        note(aCase, link ? FollowUpNote.linkCreated(invitation.id())
                : FollowUpNote.invited(invitation.channel(), invitation.id(), current.delayMinutes() > 0 ? invitation.sendAt() : null));
    }

    /** Why the case's customer is not invited on this resolution, if they are not, as a {@link FollowUpNote} code. */
    private Optional<String> reasonNotToInvite(CxCase aCase, FollowUpSettings current) {
        if (aCase.customerId() == null) {
            return Optional.of(FollowUpNote.notSent(FollowUpNote.NO_CUSTOMER));
        }
        Optional<CaseFollowUp> earlier = followUps.latest(aCase.id()).filter(this::stillOpen);
        if (earlier.isPresent()) {
            return Optional.of(FollowUpNote.notSent(FollowUpNote.STILL_OPEN, Long.toString(earlier.get().invitationId())));
        }
        if (current.surveyId() == null) {
            return Optional.of(FollowUpNote.notSent(FollowUpNote.NO_SURVEY));
        }
        Optional<Survey> survey = surveys.find(current.surveyId());
        if (survey.isEmpty()) {
            return Optional.of(FollowUpNote.notSent(FollowUpNote.SURVEY_GONE, Long.toString(current.surveyId())));
        }
        if (!survey.get().acceptsAnswers()) {
            return Optional.of(FollowUpNote.notSent(FollowUpNote.SURVEY_CLOSED, Long.toString(current.surveyId()),
                    survey.get().status().key()));
        }
        return invitations.unreachable(aCase.customerId(), current.channel()).map(FollowUpNote::unreachable);
    }

    /** Sent or about to be, not answered, not expired: the customer can still answer it. */
    private boolean stillOpen(CaseFollowUp followUp) {
        if (followUp.answered() || followUp.withdrawn()) {
            return false;
        }
        return invitations.find(followUp.invitationId())
                .filter(i -> i.status() == InvitationStatus.SCHEDULED || i.status() == InvitationStatus.SENT
                        || i.status() == InvitationStatus.FAILED)
                .filter(i -> !i.expiredAt(clock.instant()))
                .isPresent();
    }

    /** A case reopened before its follow-up went out: asking "was it solved?" now would be wrong. */
    private void reopened(CxCase aCase) {
        Optional<CaseFollowUp> pending = followUps.latest(aCase.id()).filter(f -> !f.answered() && !f.withdrawn());
        if (pending.isEmpty()) {
            return;
        }
        long invitationId = pending.get().invitationId();
        if (invitations.withdraw(invitationId, "case " + aCase.id() + " was reopened before the follow-up was sent")) {
            followUps.withdraw(invitationId, clock.instant());
            note(aCase, FollowUpNote.withdrawn(invitationId));
        }
    }

    /** {@code what}: a {@link FollowUpNote} code, which the case page puts into words in the reader's language. */
    private void note(CxCase aCase, String what) {
        cases.recordInHistory(aCase.id(), Actors.SYSTEM, CHANGE, null, what);
    }
}
