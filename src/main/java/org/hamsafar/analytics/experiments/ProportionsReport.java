package org.hamsafar.analytics.experiments;

import java.util.List;

/**
 * Conversion rates of an experiment's variants and how each compares with the control.
 * {@code chiSquare} (variant × converted, df = variants - 1) is given for more than two variants,
 * where {@code comparisons} also carry Holm-adjusted p-values; {@code significant} is judged on
 * the adjusted p-value when there is one, against 1 - confidence.
 */
record ProportionsReport(double confidence, Alternative alternative, String control, List<VariantRate> variants,
                         List<RateComparison> comparisons, ChiSquare chiSquare, SampleRatioCheck.Result srm, List<String> notes) {

    /** One variant's rate with its Wilson interval (two-sided at the confidence level). */
    record VariantRate(String name, long visitors, long conversions, double rate, Interval interval) {
    }

    /** Variant minus control: the difference of the rates, the relative lift, the z-test. */
    record RateComparison(String variant, String control, double difference, Interval differenceInterval, Double relativeLift,
                          Interval relativeLiftInterval, Double z, double pValue, Double pValueHolm, boolean significant) {
    }

    record ChiSquare(double statistic, int df, double pValue, boolean smallExpectedCounts) {
    }
}
