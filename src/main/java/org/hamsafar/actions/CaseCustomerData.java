package org.hamsafar.actions;

import java.util.List;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Cases follow their customer into a merge, are exported with them, and on erasure lose the link
 * to the customer and the free texts that may describe them (their states and times stay for the
 * closed-loop measures). An undone merge leaves cases with the surviving profile: a case is about
 * the person, and nothing records which identity it was opened for.
 */
@Component
class CaseCustomerData implements CustomerDataHolder {

    private final CaseRepository cases;

    CaseCustomerData(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        cases.moveCustomer(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        // See the class comment: cases stay with the survivor.
    }

    @Override
    public Object exportFor(long customerId) {
        List<Long> ids = cases.idsOf(customerId);
        return ids.stream().map(id -> CaseView.full(cases.find(id).orElseThrow(), cases.history(id), cases.notes(id))).toList();
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        cases.eraseCustomer(customerId);
    }
}
