package org.hamsafar.feedback;

/**
 * A point estimate with its two-sided 95% confidence interval. All null when there is no data;
 * the bounds alone are null when the data cannot give an interval (one CES answer).
 */
record Estimate(Double value, Double ciLow, Double ciHigh) {
    static final Estimate NONE = new Estimate(null, null, null);

    /** Two-sided 95%: the standard normal quantile at 0.975. */
    static final double Z_95 = 1.959963984540054;
}
