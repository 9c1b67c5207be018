package org.hamsafar.actions.rules;

import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Rule matches and waiting items follow their customer into a merge; on erasure waiting items
 * go and matches lose the link (the counts stay for the closed-loop measures). An undone merge
 * leaves them with the survivor, as it leaves cases.
 */
@Component
class RuleCustomerData implements CustomerDataHolder {
    private final AlertInboxRepository inbox;
    private final AlertTriggerRepository triggers;

    RuleCustomerData(AlertInboxRepository inbox, AlertTriggerRepository triggers) {
        this.inbox = inbox;
        this.triggers = triggers;
    }

    @Override
    public String name() {
        return "alertMatches";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        inbox.moveCustomer(mergedId, survivorId);
        triggers.moveCustomer(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        // See the class comment: matches stay with the survivor, as its cases do.
    }

    @Override
    public Object exportFor(long customerId) {
        return triggers.ofCustomer(customerId);
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        inbox.eraseCustomer(customerId);
        triggers.eraseCustomer(customerId);
    }
}
