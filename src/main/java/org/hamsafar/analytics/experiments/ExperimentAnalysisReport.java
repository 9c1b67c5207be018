package org.hamsafar.analytics.experiments;

import java.time.Instant;
import java.util.List;

/**
 * An experiment read from events: what was read, each variant's counts, and the tests of the
 * chosen metric ({@code conversion} for the conversion rate, {@code value} for the mean value per
 * visitor; the other is null), each with its sample-ratio check.
 */
record ExperimentAnalysisReport(String exposureEventType, String variantProperty, String experiment, String conversionEventType,
                                String window, Instant from, Instant to, String metric, List<VariantCounts> variants,
                                long exposuresWithoutVariant, ProportionsReport conversion, MeansReport value, List<String> notes) {

    /** Visitors (customers first exposed in the period), conversions within the window, value per visitor, crossovers. */
    record VariantCounts(String name, long visitors, long conversions, double conversionRate, double meanValue, Double sdValue,
                         long crossovers) {
    }
}
