package org.hamsafar.text;

import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Analysed texts follow their customer through merges and undone merges, are exported with the
 * customer, and go with them on erasure (the copies of the texts and their keywords always; the
 * scores too when the customer is deleted rather than anonymised).
 */
@Component
class TextCustomerData implements CustomerDataHolder {

    private final TextResultRepository results;
    private final PendingTextRepository pending;

    TextCustomerData(TextResultRepository results, PendingTextRepository pending) {
        this.results = results;
        this.pending = pending;
    }

    @Override
    public String name() {
        return "textAnalysis";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        results.moveCustomer(mergedId, survivorId);
        pending.moveCustomer(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        results.moveBySource(survivorId, restoredId, sourceIdentities);
        pending.moveBySource(survivorId, restoredId, sourceIdentities);
    }

    @Override
    public Object exportFor(long customerId) {
        return results.exportFor(customerId);
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        pending.deleteCustomer(customerId);
        results.eraseCustomer(customerId, mode == ErasureMode.DELETE);
    }
}
