package org.hamsafar.analytics.drivers;

import java.time.Instant;
import java.util.List;
import org.hamsafar.feedback.LocalizedText;

/**
 * What moves an outcome score: R² of the outcome on the drivers (complete responses), each
 * driver's relative weight (raw: its part of R²; percent: its share of R²), standardised beta with
 * its p-value, correlation with the outcome (pairwise), mean score and quadrant, ordered by
 * relative weight; drivers dropped as constant or collinear; and the pairwise correlation matrix
 * of the outcome (first) and the kept drivers with each pair's p-value and n.
 */
record DriverReport(long surveyId, String surveyName, Instant from, Instant to, Outcome outcome, long responses, long completeResponses,
                    double rSquared, double adjustedRSquared, int residualDf, List<Driver> drivers, List<DroppedDriver> dropped,
                    Thresholds thresholds, Correlations correlations) {

    record Outcome(String key, String type, LocalizedText text, int scaleMin, int scaleMax, long answered, double mean) {
    }

    /** {@code performance}: the mean placed on its scale, 0 (lowest answer) to 1 (highest). */
    record Driver(String key, String type, LocalizedText text, int scaleMin, int scaleMax, long answered, double mean, double performance,
                  double relativeWeight, double relativeWeightPercent, double beta, double betaStandardError, double betaPValue, double vif,
                  Double correlation, Double correlationPValue, long correlationN, Quadrant quadrant) {
    }

    /** {@code reason}: constant or collinear; {@code with}: the kept drivers a collinear one is a combination of. */
    record DroppedDriver(String key, String reason, List<String> with) {
    }

    /** Where the quadrants split: the average share of R² (100 / drivers) and the average performance. */
    record Thresholds(double importancePercent, double performance) {
    }

    /** Row and column order: {@code keys}; a null cell is undefined (fewer than 3 pairs or no variance). */
    record Correlations(List<String> keys, Double[][] r, Double[][] pValue, long[][] n) {
    }
}
