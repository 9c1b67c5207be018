package org.hamsafar.journeys.peakend;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Intervals and comparisons for the two predictors (peak-end, average), from aggregates the database
 * computed. All intervals are 95%.
 * <ul>
 *   <li>Pearson r: Fisher's z = atanh(r) with standard error 1/√(n-3), back-transformed with tanh.</li>
 *   <li>Spearman ρ: the same with standard error √(1.06/(n-3)) (Fieller, Hartley &amp; Pearson 1957,
 *       Biometrika 44), which keeps the coverage near 95% for rank correlations.</li>
 *   <li>Difference of two correlations with the same outcome (overlapping, dependent): Zou (2007),
 *       "Toward using confidence intervals to compare correlations", Psychological Methods 12(4),
 *       which combines the two Fisher intervals with the correlation between the two estimates.</li>
 *   <li>AUC and the difference of two AUCs on the same journeys: DeLong, DeLong &amp; Clarke-Pearson
 *       (1988), Biometrics 44, from the variances and covariance of the placement values.</li>
 * </ul>
 */
final class PredictorStatistics {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    static final double Z95 = STANDARD.inverseCumulativeProbability(0.975);

    private PredictorStatistics() {
    }

    /** A correlation's interval; null values when r is unknown or n is 3 or less. */
    static PeakEndReport.Correlation pearson(Double r, long n) {
        return fisher(r, n, 1.0);
    }

    static PeakEndReport.Correlation spearman(Double rho, long n) {
        return fisher(rho, n, 1.06);
    }

    private static PeakEndReport.Correlation fisher(Double r, long n, double varianceFactor) {
        if (r == null || n <= 3) {
            return new PeakEndReport.Correlation(PeakEndReport.round(r), null, null);
        }
        if (Math.abs(r) >= 1) {
            return new PeakEndReport.Correlation(PeakEndReport.round(r), PeakEndReport.round(r), PeakEndReport.round(r));
        }
        double[] ci = fisherInterval(r, n, varianceFactor);
        return new PeakEndReport.Correlation(PeakEndReport.round(r), PeakEndReport.round(ci[0]), PeakEndReport.round(ci[1]));
    }

    static double[] fisherInterval(double r, long n, double varianceFactor) {
        double z = atanh(r);
        double half = Z95 * Math.sqrt(varianceFactor / (n - 3));
        return new double[] {Math.tanh(z - half), Math.tanh(z + half)};
    }

    /**
     * Zou's interval for r1 - r2, where r1 = corr(y, x1), r2 = corr(y, x2) and r12 = corr(x1, x2) on the
     * same n observations: with (l, u) each correlation's Fisher interval and c the correlation of the
     * two estimates, c = ((r12 - r1·r2/2)(1 - r1² - r2² - r12²) + r12³) / ((1 - r1²)(1 - r2²)),
     * L = r1 - r2 - √((r1 - l1)² + (u2 - r2)² - 2c(r1 - l1)(u2 - r2)) and
     * U = r1 - r2 + √((u1 - r1)² + (r2 - l2)² - 2c(u1 - r1)(r2 - l2)).
     * Null when a correlation is unknown or ±1, or n is 3 or less.
     */
    static double[] zouDifference(Double r1, Double r2, Double r12, long n) {
        if (r1 == null || r2 == null || r12 == null || n <= 3 || Math.abs(r1) >= 1 || Math.abs(r2) >= 1) {
            return null;
        }
        double[] ci1 = fisherInterval(r1, n, 1.0);
        double[] ci2 = fisherInterval(r2, n, 1.0);
        double c = ((r12 - r1 * r2 / 2) * (1 - r1 * r1 - r2 * r2 - r12 * r12) + r12 * r12 * r12) / ((1 - r1 * r1) * (1 - r2 * r2));
        double d = r1 - r2;
        double lowSpread = sq(r1 - ci1[0]) + sq(ci2[1] - r2) - 2 * c * (r1 - ci1[0]) * (ci2[1] - r2);
        double highSpread = sq(ci1[1] - r1) + sq(r2 - ci2[0]) - 2 * c * (ci1[1] - r1) * (r2 - ci2[0]);
        return new double[] {d - Math.sqrt(Math.max(0, lowSpread)), d + Math.sqrt(Math.max(0, highSpread))};
    }

    /** An AUC with DeLong's interval: variance S10/n1 + S01/n0, clipped to 0..1. */
    static PeakEndReport.Auc auc(Double auc, Double s10, Double s01, long positives, long negatives) {
        if (auc == null || s10 == null || s01 == null || positives < 2 || negatives < 2) {
            return new PeakEndReport.Auc(PeakEndReport.round(auc), null, null);
        }
        double half = Z95 * Math.sqrt(Math.max(0, s10 / positives + s01 / negatives));
        return new PeakEndReport.Auc(PeakEndReport.round(auc), PeakEndReport.round(Math.max(0, auc - half)),
                PeakEndReport.round(Math.min(1, auc + half)));
    }

    /**
     * DeLong's comparison of two AUCs on the same journeys: the difference, its interval and the
     * two-sided p of z = difference / se, with var = (S10a + S10b - 2·C10)/n1 + (S01a + S01b - 2·C01)/n0.
     * Null when a part is unknown.
     */
    static PeakEndReport.Comparison aucDifference(PeakEndQueries.AucFit fit) {
        if (fit.aucPeakEnd() == null || fit.aucAverage() == null || fit.s10PeakEnd() == null || fit.s10Average() == null
                || fit.c10() == null || fit.s01PeakEnd() == null || fit.s01Average() == null || fit.c01() == null) {
            return null;
        }
        long positives = fit.positives();
        long negatives = fit.n() - fit.positives();
        double d = fit.aucPeakEnd() - fit.aucAverage();
        double variance = (fit.s10PeakEnd() + fit.s10Average() - 2 * fit.c10()) / positives
                + (fit.s01PeakEnd() + fit.s01Average() - 2 * fit.c01()) / negatives;
        double se = Math.sqrt(Math.max(0, variance));
        // Identical rankings (se 0) differ by nothing: no evidence either way.
        double p = se == 0 ? (d == 0 ? 1 : 0) : 2 * STANDARD.survivalProbability(Math.abs(d) / se);
        double low = d - Z95 * se;
        double high = d + Z95 * se;
        return new PeakEndReport.Comparison(better(low, high), PeakEndReport.round(d), PeakEndReport.round(low),
                PeakEndReport.round(high), PeakEndReport.round(p), null);
    }

    /** {@code peakEnd} when the interval of (peak-end minus average) is above 0, {@code average} when below, else {@code neither}. */
    static String better(double low, double high) {
        return low > 0 ? "peakEnd" : high < 0 ? "average" : "neither";
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }

    private static double sq(double x) {
        return x * x;
    }
}
