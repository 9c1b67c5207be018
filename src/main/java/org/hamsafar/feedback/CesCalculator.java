package org.hamsafar.feedback;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * CES, the mean effort answer, with the Student t interval mean ± t(0.975, n - 1)·s/√n, computed
 * from the count, the sum and the sum of squares of the answers (sample standard deviation s with
 * n - 1 in the denominator). One answer has a mean but no interval.
 */
final class CesCalculator {
    private CesCalculator() {
    }

    static Estimate estimate(long n, long sum, long squares) {
        if (n <= 0) {
            return Estimate.NONE;
        }
        double mean = (double) sum / n;
        Double sd = sd(n, sum, squares);
        if (sd == null) {
            return new Estimate(mean, null, null);
        }
        double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half);
    }

    /** The sample standard deviation; null below two answers. */
    static Double sd(long n, long sum, long squares) {
        if (n < 2) {
            return null;
        }
        // n·Σx² - (Σx)² is exact in doubles up to 2^53, far beyond any realistic count of 1-7 answers,
        // and avoids subtracting two nearly equal rounded means.
        double spread = (double) n * squares - (double) sum * sum;
        return Math.sqrt(Math.max(0, spread) / ((double) n * (n - 1)));
    }
}
