package org.hamsafar.analytics.clv;

/**
 * One customer's calibration-period history in the form the models read (Fader, Hardie &amp; Lee
 * 2005): {@code frequency} x, the repeat purchases after the first; {@code recency} t_x, the time
 * from the first to the last purchase; {@code age} T, the time from the first purchase to the end
 * of calibration (times in the chosen unit); and, for the spend model, the mean value of the
 * {@code spendCount} repeat purchases that carried a value ({@code meanSpend} NaN when none did).
 */
public record CustomerSummary(long customerId, int frequency, double recency, double age, int spendCount, double meanSpend) {
    public CustomerSummary {
        if (frequency < 0 || !(recency >= 0) || !(age >= recency) || (frequency == 0 && recency != 0)) {
            throw new IllegalArgumentException("needs x >= 0, 0 <= t_x <= T, t_x = 0 when x = 0: x=" + frequency + " t_x=" + recency
                    + " T=" + age);
        }
        if (spendCount < 0 || spendCount > frequency || (spendCount > 0) == Double.isNaN(meanSpend)) {
            throw new IllegalArgumentException("a mean spend goes with 1..x priced repeat purchases: " + spendCount + ", " + meanSpend);
        }
    }

    /** Whether the spend model can read this customer: priced repeat purchases with a positive mean. */
    public boolean hasSpend() {
        return spendCount > 0 && meanSpend > 0;
    }
}
