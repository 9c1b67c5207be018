package org.hamsafar.actions.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up invitation sent (or scheduled) for one resolution of a case, and the customer's answer
 * once it came: {@code solved} from the survey's yes/no question, {@code csat} 1-5, {@code comment}
 * free text (each null when not answered).
 */
record CaseFollowUp(long invitationId, long caseId, Long customerId, long surveyId, String channel, Instant resolvedAt,
                    Instant sendAt, boolean fatigueExempt, Instant createdAt, Instant withdrawnAt, UUID responseId,
                    Instant answeredAt, Boolean solved, Integer csat, String comment) {

    boolean answered() {
        return answeredAt != null;
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }
}
