package org.hamsafar.feedback;

/**
 * CSAT, the per cent of satisfied answers (4 or 5 of 5), with the Wilson score interval (Wilson
 * 1927; method 3 in Newcombe, "Two-sided confidence intervals for the single proportion",
 * Statistics in Medicine 17, 1998). Unlike the normal interval it stays inside 0..100 and does
 * not collapse to zero width at 0 or 100 per cent.
 */
final class CsatCalculator {
    private CsatCalculator() {
    }

    /** CSAT in 0..100 per cent: {@code satisfied} of {@code n} answers. */
    static Estimate estimate(long n, long satisfied) {
        if (n <= 0) {
            return Estimate.NONE;
        }
        double z = Estimate.Z_95;
        double p = (double) satisfied / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        return new Estimate(100 * p, 100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }
}
