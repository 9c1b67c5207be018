package org.hamsafar.analytics.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Keeps a job's per-customer rows to a segment's members, for the jobs that gather their customers
 * from several modules' aggregates (churn, clusters): the first aggregate decides who is analysed,
 * so filtering its rows filters the whole analysis.
 */
public final class SegmentRows {
    private SegmentRows() {
    }

    /** Removes the rows whose customer is not in {@code members} (ascending ids); null members keep everyone. */
    public static <T> void keepMembers(List<T> rows, ToLongFunction<T> customerId, long[] members) {
        if (members != null) {
            rows.removeIf(row -> Arrays.binarySearch(members, customerId.applyAsLong(row)) < 0);
        }
    }
}
