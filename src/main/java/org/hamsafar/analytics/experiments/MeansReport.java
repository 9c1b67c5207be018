package org.hamsafar.analytics.experiments;

import java.util.List;

/**
 * Means of a continuous metric per variant and Welch's t-test of each variant against the control;
 * with more than two variants the p-values are also Holm-adjusted and {@code significant} uses them.
 */
record MeansReport(double confidence, Alternative alternative, String control, List<VariantMean> variants,
                   List<MeanComparison> comparisons, SampleRatioCheck.Result srm, List<String> notes) {

    /** A variant's mean with its two-sided t interval ({@code interval} null for a constant sample). */
    record VariantMean(String name, long n, double mean, double sd, Interval interval) {
    }

    /** Variant minus control; {@code relativeDifference} null when the control's mean is 0. */
    record MeanComparison(String variant, String control, double difference, Double relativeDifference, double standardError,
                          Double t, Double df, Double pValue, Double pValueHolm, Interval interval, boolean significant) {
    }
}
