package org.hamsafar.actions.followup;

import java.util.List;
import java.util.Map;
import org.hamsafar.actions.CaseService;
import org.hamsafar.actions.CaseState;
import org.hamsafar.actions.CxCase;
import org.hamsafar.feedback.ResponsesStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Attaches the answer to a follow-up invitation to its case: the answer is stored with the
 * follow-up, the case's history says what the customer answered (actor "customer"), and a customer
 * who says the problem is not solved reopens a case that is still resolved (moves it to in_progress
 * as "customer", right after that history entry, so the history shows why). A case closed meanwhile
 * is not reopened: closing is the team's decision, and the answer is there for them to review.
 *
 * <p>Runs inside the transaction that stores the response ({@link ResponsesStored} is published
 * there): the answer, its history entry and the reopening commit with the response or not at all,
 * so no crash or failed write between the two can lose an answer or a reopening.
 *
 * <p>That transaction also stores the responses of other customers given at the same moment, and an
 * exception here would fail them all; catching one would not help, since a failed write inside a
 * shared transaction leaves it to be rolled back (and PostgreSQL refuses anything after it). So this
 * does nothing that may be refused: an invitation of some other distribution is skipped, an answer
 * stored before is not stored again, and the case is moved only when its state machine allows the
 * move. The case read here is the one the move sees: the response's transaction holds the store's
 * write lock, so nobody changes the case in between. Cases are never deleted (erasure keeps them),
 * so a follow-up always finds its case.
 */
@Component
class FollowUpAnswers {

    static final String CUSTOMER = "customer";

    private final CaseFollowUpRepository followUps;
    private final CaseService cases;

    FollowUpAnswers(CaseFollowUpRepository followUps, CaseService cases) {
        this.followUps = followUps;
        this.cases = cases;
    }

    @EventListener
    void responsesStored(ResponsesStored stored) {
        List<ResponsesStored.Response> invited = stored.responses().stream().filter(r -> r.invitationId() != null).toList();
        if (invited.isEmpty()) {
            return; // most responses: anonymous links, the API, the widget
        }
        Map<Long, CaseFollowUp> ours = followUps.find(invited.stream().map(ResponsesStored.Response::invitationId).toList());
        for (ResponsesStored.Response response : invited) {
            CaseFollowUp followUp = ours.get(response.invitationId());
            if (followUp != null) {
                attach(followUp, response);
            }
        }
    }

    private void attach(CaseFollowUp followUp, ResponsesStored.Response response) {
        FollowUpAnswer answer = FollowUpAnswer.of(response.answers(), response.types());
        if (!followUps.answer(followUp.invitationId(), response.responseId(), response.submittedAt(), answer)) {
            return; // answered before
        }
        long caseId = followUp.caseId();
        cases.recordInHistory(caseId, CUSTOMER, FollowUpInviter.CHANGE, null, answer.historyNote());
        CxCase aCase = cases.get(caseId);
        // An answer given before the case's latest resolution speaks of an earlier state of things.
        if (Boolean.FALSE.equals(answer.solved()) && aCase.state() == CaseState.RESOLVED
                && aCase.state().canMoveTo(CaseState.IN_PROGRESS) && !response.submittedAt().isBefore(aCase.resolvedAt())) {
            cases.change(caseId, new CaseService.CaseChanges(CaseState.IN_PROGRESS, null, null, null, null, null), CUSTOMER);
        }
    }
}
