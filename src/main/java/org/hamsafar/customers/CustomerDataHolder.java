package org.hamsafar.customers;

import java.util.Set;

/**
 * A module that keeps data about customers (events, responses, cases, ...) implements this, so that
 * merges, undone merges, exports and erasure reach that data too. Called inside the customers
 * module's transaction: the whole change commits or rolls back together.
 */
public interface CustomerDataHolder {

    /** A short name for exports, e.g. "events". */
    String name();

    /** Moves everything of {@code mergedId} to {@code survivorId}. */
    void moveToSurvivor(long mergedId, long survivorId);

    /**
     * Moves back, from {@code survivorId} to {@code restoredId}, what was recorded under one of the
     * {@code sourceIdentities} ("kind:value", including "customer_id:&lt;restoredId&gt;").
     */
    void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities);

    /** Everything held about the customer, as JSON-ready values (maps, lists, strings, numbers). */
    Object exportFor(long customerId);

    /** Erases the customer's data in this module. */
    void erase(long customerId, ErasureMode mode);
}
