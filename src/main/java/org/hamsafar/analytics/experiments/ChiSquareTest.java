package org.hamsafar.analytics.experiments;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square tests on counts.
 *
 * <ul>
 *   <li>Independence in a k×2 table (variant × converted or not): χ² = Σ (O - E)² / E with
 *   E = row total × column total / N, df = k - 1.</li>
 *   <li>Goodness of fit of observed counts to expected shares w (the sample-ratio-mismatch check):
 *   χ² = Σ (Oᵢ - N·wᵢ)² / (N·wᵢ), df = k - 1.</li>
 * </ul>
 * The large-sample approximation wants every expected count to be about 5 or more (Cochran 1954);
 * {@link Result#smallExpected} says when one is below.
 */
final class ChiSquareTest {
    private ChiSquareTest() {
    }

    /** The statistic, its degrees of freedom, the upper-tail p-value and the smallest expected count. */
    record Result(double statistic, int df, double pValue, double smallestExpected) {
        boolean smallExpected() {
            return smallestExpected < 5;
        }
    }

    /**
     * Independence of variant and conversion; null when every visitor converted or none did (a
     * column of zeros: there is nothing to compare). Needs at least two variants, each with visitors.
     */
    static Result independence(long[] conversions, long[] visitors) {
        int k = visitors.length;
        long n = 0;
        long converted = 0;
        for (int i = 0; i < k; i++) {
            n += visitors[i];
            converted += conversions[i];
        }
        if (converted == 0 || converted == n) {
            return null;
        }
        double share = (double) converted / n;
        double statistic = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            double expectedYes = visitors[i] * share;
            double expectedNo = visitors[i] - expectedYes;
            statistic += square(conversions[i] - expectedYes) / expectedYes
                    + square(visitors[i] - conversions[i] - expectedNo) / expectedNo;
            smallest = Math.min(smallest, Math.min(expectedYes, expectedNo));
        }
        return result(statistic, k - 1, smallest);
    }

    /** Goodness of fit of {@code observed} to {@code weights} (positive, any total: they are normalised). */
    static Result goodnessOfFit(long[] observed, double[] weights) {
        long n = 0;
        double total = 0;
        for (int i = 0; i < observed.length; i++) {
            n += observed[i];
            total += weights[i];
        }
        double statistic = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < observed.length; i++) {
            double expected = n * weights[i] / total;
            statistic += square(observed[i] - expected) / expected;
            smallest = Math.min(smallest, expected);
        }
        return result(statistic, observed.length - 1, smallest);
    }

    private static Result result(double statistic, int df, double smallest) {
        return new Result(statistic, df, ChiSquaredDistribution.of(df).survivalProbability(statistic), smallest);
    }

    private static double square(double x) {
        return x * x;
    }
}
