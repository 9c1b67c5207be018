package org.hamsafar.actions.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Follow-up answers follow their customer into a merge (and stay with the survivor, like cases),
 * are exported with them, and are erased with them: anonymising keeps whether the problem was solved
 * and the score, for the closed-loop measures, and drops the comment; deleting removes them.
 */
@Component
class FollowUpCustomerData implements CustomerDataHolder {

    private final CaseFollowUpRepository followUps;

    // Only the repository: the customer directory calls this, so nothing here may need the directory back.
    FollowUpCustomerData(CaseFollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    public String name() {
        return "case_follow_ups";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        followUps.moveCustomer(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        // They stay with the survivor, as the cases they belong to do.
    }

    @Override
    public Object exportFor(long customerId) {
        return followUps.ofCustomer(customerId).stream().map(FollowUpCustomerData::export).toList();
    }

    private static Map<String, Object> export(CaseFollowUp f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", f.caseId());
        out.put("invitationId", f.invitationId());
        out.put("surveyId", f.surveyId());
        out.put("channel", f.channel());
        out.put("resolvedAt", f.resolvedAt().toString());
        out.put("sendAt", f.sendAt().toString());
        out.put("withdrawnAt", f.withdrawnAt() == null ? null : f.withdrawnAt().toString());
        out.put("answeredAt", f.answeredAt() == null ? null : f.answeredAt().toString());
        out.put("solved", f.solved());
        out.put("csat", f.csat());
        out.put("comment", f.comment());
        out.put("responseId", f.responseId() == null ? null : f.responseId().toString());
        return out;
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        if (mode == ErasureMode.DELETE) {
            followUps.deleteAll(customerId);
        } else {
            followUps.anonymise(customerId);
        }
    }
}
