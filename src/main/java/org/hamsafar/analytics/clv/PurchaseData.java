package org.hamsafar.analytics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hamsafar.events.PurchaseHistory.CustomerPurchases;

/**
 * The platform's purchase histories turned into the models' input: x the repeat purchases, t_x and
 * T from the first purchase day to the last one and to the calibration end, in the time unit; the
 * mean value of the priced repeat purchases; each customer's holdout purchases; and how many
 * customers first bought on each day (the cohorts of the tracking chart).
 */
final class PurchaseData {
    final List<CustomerSummary> customers = new ArrayList<>();
    private int[] holdout = new int[1024];
    final Map<Long, Long> cohorts = new TreeMap<>();
    private final long endDay;
    private final double unitDays;

    PurchaseData(long endDay, double unitDays) {
        this.endDay = endDay;
        this.unitDays = unitDays;
    }

    void add(CustomerPurchases p) {
        double mean = p.pricedRepeats() == 0 ? Double.NaN : p.repeatValue() / p.pricedRepeats();
        customers.add(new CustomerSummary(p.customerId(), p.repeats(), (p.lastDay() - p.firstDay()) / unitDays,
                (endDay - p.firstDay()) / unitDays, p.pricedRepeats(), mean));
        if (customers.size() > holdout.length) {
            holdout = java.util.Arrays.copyOf(holdout, 2 * holdout.length);
        }
        holdout[customers.size() - 1] = p.holdoutPurchases();
        cohorts.merge(p.firstDay(), 1L, Long::sum);
    }

    /** Each customer's holdout purchases, in the order of {@link #customers}. */
    int[] holdout() {
        return java.util.Arrays.copyOf(holdout, customers.size());
    }

    long firstDay() {
        return cohorts.isEmpty() ? endDay : ((TreeMap<Long, Long>) cohorts).firstKey();
    }

    long repeatPurchases() {
        return customers.stream().mapToLong(CustomerSummary::frequency).sum();
    }
}
