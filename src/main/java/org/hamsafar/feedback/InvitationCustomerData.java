package org.hamsafar.feedback;

import java.util.List;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Survey invitations follow their customer: through merges (so that fatigue counts what the merged
 * profiles were sent), into exports, and out with erasure (pending ones are cancelled when a profile
 * is anonymised; everything is deleted with it).
 */
@Component
class InvitationCustomerData implements CustomerDataHolder {
    private final InvitationRepository invitations;

    InvitationCustomerData(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public String name() {
        return "surveyInvitations";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        invitations.moveAll(mergedId, survivorId);
    }

    /** Invitations record no identity they were addressed by, so they stay with the survivor. */
    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
    }

    @Override
    public Object exportFor(long customerId) {
        List<InvitationView> rows = invitations.allOf(customerId).stream().map(i -> InvitationView.of(i, null)).toList();
        return rows;
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        if (mode == ErasureMode.DELETE) {
            invitations.deleteAll(customerId);
        } else {
            invitations.cancelPending(customerId, "customer was erased");
        }
    }
}
