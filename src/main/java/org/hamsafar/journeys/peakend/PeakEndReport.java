package org.hamsafar.journeys.peakend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a peak-end query: what was asked, a summary of the journeys that ended in the
 * period, the histogram of their peak-end scores, the two prediction checks, and the journeys with
 * the lowest peak-end scores. Scores and intensities run from -1 to +1; statistics are rounded to 4 decimals.
 */
record PeakEndReport(Instant from, Instant to, String grouping, String gap, String horizon, String purchaseType, String channel,
                     String touchpoint, String segment, Summary summary, List<Bin> histogram, Prediction prediction, List<Journey> worst) {

    /**
     * {@code journeys} that ended in the period, of {@code customers}, made of {@code moments};
     * the mean peak-end score and mean plain average; how many journeys are remembered worse than
     * their average ({@code peakEndBelowAverage}: peak-end below the average).
     */
    record Summary(long journeys, long customers, long moments, Double meanPeakEnd, Double meanAverage, long peakEndBelowAverage) {
    }

    /** Journeys with a peak-end score in {@code [from, to)} (the last bin includes +1). */
    record Bin(double from, double to, long journeys) {
    }

    record Prediction(NextNps nextNps, Repurchase repurchase) {
    }

    /**
     * The next-NPS check over the {@code journeys} that have a next NPS answer within the horizon;
     * statistics are null (and {@code enough} false) below {@code minimum} journeys. {@code maeBaseline}
     * is the error of predicting the mean answer for everyone. {@code cells}: journeys per
     * (predictor value rounded to 0.1, next answer), for scatter plots.
     */
    record NextNps(long journeys, int minimum, boolean enough, Double meanNextNps, Fit peakEnd, Fit average, Double maeBaseline,
                   Comparison comparison, Cells cells) {
    }

    /**
     * One predictor against the next NPS answer (0..10): Pearson's and Spearman's correlation with 95%
     * intervals, the least-squares line {@code nps = intercept + slope * predictor} and its mean absolute error.
     */
    record Fit(Correlation pearson, Correlation spearman, Double slope, Double intercept, Double mae) {
    }

    record Correlation(Double r, Double ciLow, Double ciHigh) {
    }

    /**
     * Peak-end minus average: {@code difference} of Pearson correlations (or of AUCs) with its 95%
     * interval and two-sided {@code p}; {@code better} is {@code peakEnd} or {@code average} when the
     * interval excludes 0, else {@code neither}. {@code maeDifference} (next NPS only): the average's
     * error minus the peak-end's error, in NPS points (positive: peak-end errs less).
     */
    record Comparison(String better, Double difference, Double ciLow, Double ciHigh, Double p, Double maeDifference) {
    }

    record Cells(List<Cell> peakEnd, List<Cell> average) {
    }

    /** {@code journeys} whose predictor rounds to {@code x} and whose next NPS answer is {@code nps}. */
    record Cell(double x, int nps, long journeys) {
    }

    /**
     * The repurchase check over the {@code journeys} whose horizon has fully passed: how many were
     * followed by a purchase; statistics are null (and {@code enough} false) unless both groups have at
     * least {@code minimumPerGroup} journeys. AUC: the chance that a journey followed by a purchase
     * scores higher than one that was not (ties count half), with DeLong's 95% interval.
     */
    record Repurchase(long journeys, long repurchased, long notRepurchased, int minimumPerGroup, boolean enough, Auc peakEnd, Auc average,
                      Comparison comparison) {
    }

    record Auc(Double value, Double ciLow, Double ciHigh) {
    }

    /**
     * A journey: its customer, first and last moment time, number of moments, peak-end score and
     * plain average, the peak and end moments, the next NPS answer within the horizon (null: none)
     * and whether a purchase followed within the horizon (null: the horizon has not passed yet).
     */
    record Journey(long customerId, String customerName, Instant firstAt, Instant lastAt, int momentCount, double peakEnd, double average,
                   Moment peak, Moment end, Integer nextNps, Instant nextNpsAt, Boolean repurchased) {
    }

    /**
     * A scored moment: when, its {@code source} ({@code response}: a survey response's scores,
     * {@code text}: a response known by its analysed comments, {@code event}: an event's analysed text)
     * and {@code sourceId} (the response or event id), channel and touchpoint, the intensity (-1..1)
     * and the measures it was made of ({@code nps}, {@code csat}, {@code ces}, {@code rating}, {@code sentiment}).
     */
    record Moment(Instant at, String source, String sourceId, String channel, String touchpoint, double intensity, List<String> measures) {
    }

    /** {@code value} rounded half up to 4 decimals. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    static Double round(Double value) {
        return value == null ? null : round(value.doubleValue());
    }
}
