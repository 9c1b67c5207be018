package org.hamsafar.actions.followup;

import java.util.Optional;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CaseState;
import org.hamsafar.actions.CxCase;
import org.hamsafar.feedback.ResponseSubmitted;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Attaches the answer to a follow-up invitation to its case: the answer is stored with the
 * follow-up, the case's history says what the customer answered (actor "customer"), and a customer
 * who says the problem is not solved reopens a case that is still resolved (moves it to in_progress
 * as "customer", right after that history entry, so the history shows why). A case closed meanwhile
 * is not reopened: closing is the team's decision, and the answer is there for them to review.
 *
 * <p>{@link ResponseSubmitted} comes after the response committed, on the respondent's thread: this
 * runs in a write transaction of its own, and a failure is logged rather than shown to the customer,
 * whose response is stored either way.
 */
@Component
class FollowUpAnswers {

    static final String CUSTOMER = "customer";
    private static final Logger log = LoggerFactory.getLogger(FollowUpAnswers.class);

    private final CaseFollowUpRepository followUps;
    private final CaseService cases;
    private final WriteTransactions writes;

    FollowUpAnswers(CaseFollowUpRepository followUps, CaseService cases, WriteTransactions writes) {
        this.followUps = followUps;
        this.cases = cases;
        this.writes = writes;
    }

    @EventListener
    void responseSubmitted(ResponseSubmitted response) {
        if (response.invitationId() == null) {
            return;
        }
        try {
            writes.run(() -> attach(response));
        } catch (RuntimeException e) {
            log.error("The answer {} to follow-up invitation {} could not be attached to its case", response.responseId(),
                    response.invitationId(), e);
        }
    }

    private void attach(ResponseSubmitted response) {
        Optional<CaseFollowUp> followUp = followUps.find(response.invitationId());
        if (followUp.isEmpty()) {
            return; // an invitation of some other survey distribution
        }
        FollowUpAnswer answer = FollowUpAnswer.of(response.answers(), response.types());
        if (!followUps.answer(response.invitationId(), response.responseId(), response.submittedAt(), answer)) {
            return;
        }
        long caseId = followUp.get().caseId();
        cases.recordInHistory(caseId, CUSTOMER, FollowUpInviter.CHANGE, null, answer.summary());
        CxCase aCase = cases.get(caseId);
        // An answer given before the case's latest resolution speaks of an earlier state of things.
        if (Boolean.FALSE.equals(answer.solved()) && aCase.state() == CaseState.RESOLVED
                && !response.submittedAt().isBefore(aCase.resolvedAt())) {
            cases.change(caseId, new CaseService.CaseChanges(CaseState.IN_PROGRESS, null, null, null, null, null), CUSTOMER);
        }
    }
}
