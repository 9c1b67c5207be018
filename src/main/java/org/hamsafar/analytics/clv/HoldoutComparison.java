package org.hamsafar.analytics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * How well a fitted purchase model predicts a holdout period (Fader, Hardie &amp; Lee 2005, figures 3
 * and 1): the mean predicted and actual holdout repeat purchases of the customers with each number
 * of calibration repeat purchases 0..6 and 7+, and the cumulative repeat purchases of all customers
 * period by period, predicted from E[X(t)] of each first-purchase cohort.
 */
public final class HoldoutComparison {
    /** Customers with this many or more calibration repeat purchases share the last group. */
    public static final int LAST_GROUP = 7;

    /** One group: customers with {@code frequency} calibration repeat purchases ("7+" for the last). */
    public record ByFrequency(String frequency, long customers, double actual, double predicted) {
    }

    /** The cumulative repeat purchases up to the end of {@code period} (counted from 1), actual and predicted. */
    public record Tracking(int period, long endDay, double actual, double predicted) {
    }

    private HoldoutComparison() {
    }

    /**
     * @param holdout       each customer's repeat purchases in the holdout period, in the order of {@code customers}
     * @param holdoutLength the holdout period's length in the model's time unit
     */
    public static List<ByFrequency> byFrequency(PurchaseModel model, List<CustomerSummary> customers, int[] holdout, double holdoutLength) {
        long[] count = new long[LAST_GROUP + 1];
        double[] actual = new double[LAST_GROUP + 1];
        double[] predicted = new double[LAST_GROUP + 1];
        for (int i = 0; i < customers.size(); i++) {
            CustomerSummary c = customers.get(i);
            int g = Math.min(c.frequency(), LAST_GROUP);
            count[g]++;
            actual[g] += holdout[i];
            predicted[g] += model.expectedPurchases(holdoutLength, c.frequency(), c.recency(), c.age());
        }
        List<ByFrequency> groups = new ArrayList<>();
        for (int g = 0; g <= LAST_GROUP; g++) {
            String name = g == LAST_GROUP ? LAST_GROUP + "+" : String.valueOf(g);
            groups.add(new ByFrequency(name, count[g], count[g] == 0 ? 0 : actual[g] / count[g], count[g] == 0 ? 0 : predicted[g] / count[g]));
        }
        return groups;
    }

    /**
     * Cumulative tracking from {@code startDay} in periods of {@code periodDays} days until
     * {@code endDay} (days since 1970-01-01, inclusive).
     *
     * @param cohorts      how many customers made their first purchase on each day
     * @param repeatsByDay how many repeat purchases (purchase days after a customer's first) fell on each day
     * @param unitDays     days per unit of the model's time
     */
    public static List<Tracking> tracking(PurchaseModel model, Map<Long, Long> cohorts, NavigableMap<Long, Long> repeatsByDay, long startDay,
                                          long endDay, int periodDays, double unitDays) {
        List<Tracking> points = new ArrayList<>();
        double actual = 0;
        long counted = startDay - 1;
        int period = 1;
        for (long end = startDay + periodDays - 1; end - periodDays < endDay; end += periodDays, period++) {
            long last = Math.min(end, endDay);
            for (long n : repeatsByDay.subMap(counted, false, last, true).values()) {
                actual += n;
            }
            counted = last;
            double predicted = 0;
            for (Map.Entry<Long, Long> cohort : cohorts.entrySet()) {
                if (cohort.getKey() < last) {
                    predicted += cohort.getValue() * model.expectedRepeatsSinceFirst((last - cohort.getKey()) / unitDays);
                }
            }
            points.add(new Tracking(period, last, actual, predicted));
        }
        return points;
    }
}
