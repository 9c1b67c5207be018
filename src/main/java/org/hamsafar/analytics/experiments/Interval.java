package org.hamsafar.analytics.experiments;

/**
 * A confidence interval; a null bound is unbounded (the open side of a one-sided interval, or the
 * upper end of a lift that has no finite limit).
 */
record Interval(Double low, Double high) {
    static Interval of(double low, double high) {
        return new Interval(low, high);
    }
}
