package org.hamsafar.analytics.experiments;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Tests and intervals for conversion rates (x conversions of n visitors).
 *
 * <ul>
 *   <li>Wilson score interval of one rate (Wilson 1927; Agresti &amp; Coull 1998 recommend it over Wald):
 *   (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).</li>
 *   <li>Two-proportion z-test: z = (p₂ - p₁) / sqrt(p̄(1-p̄)(1/n₁ + 1/n₂)) with the pooled rate
 *   p̄ = (x₁+x₂)/(n₁+n₂), the standard error under the null hypothesis of equal rates.</li>
 *   <li>Interval of the difference p₂ - p₁ with the unpooled (Wald) standard error
 *   sqrt(p₁(1-p₁)/n₁ + p₂(1-p₂)/n₂): under the alternative the rates differ.</li>
 *   <li>Relative lift p₂/p₁ - 1 with the interval of the log risk ratio (Katz et al. 1978):
 *   ln(p₂/p₁) ± z·sqrt((1-p₁)/x₁ + (1-p₂)/x₂), exponentiated, minus 1.</li>
 * </ul>
 */
final class ProportionStatistics {
    static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private ProportionStatistics() {
    }

    /** The two-sided Wilson interval of x/n at {@code confidence}; n must be positive. */
    static Interval wilson(long x, long n, double confidence) {
        double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
        double p = (double) x / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Interval.of(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** A variant against the control: rates, the z-test and the intervals of the difference and the lift. */
    record Comparison(double difference, Interval differenceInterval, Double relativeLift, Interval liftInterval,
                      Double z, double pValue) {
    }

    /**
     * Compares the variant (x₂ of n₂) with the control (x₁ of n₁). When nobody or everybody converted
     * in both, the pooled standard error is zero: z is null and p is 1 (no evidence of a difference).
     * The lift and its interval are null when the control has no conversions; the lift's interval is
     * null also when the variant has none (the log ratio is then unbounded below).
     */
    static Comparison compare(long x1, long n1, long x2, long n2, double confidence, Alternative alternative) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double difference = p2 - p1;
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double pooledSe = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        Double z = null;
        double p = 1;
        if (pooledSe > 0) {
            z = difference / pooledSe;
            p = alternative.pValue(STANDARD_NORMAL.cumulativeProbability(z), STANDARD_NORMAL.survivalProbability(z));
        }
        double critical = STANDARD_NORMAL.inverseSurvivalProbability(alternative.tail(confidence));
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        Interval differenceInterval = bounded(alternative, Math.max(-1, difference - critical * se), Math.min(1, difference + critical * se));
        Double lift = x1 == 0 ? null : p2 / p1 - 1;
        Interval liftInterval = null;
        if (x1 > 0 && x2 > 0) {
            double logRatio = Math.log(p2 / p1);
            double logSe = Math.sqrt((1 - p1) / x1 + (1 - p2) / x2);
            liftInterval = bounded(alternative, Math.exp(logRatio - critical * logSe) - 1, Math.exp(logRatio + critical * logSe) - 1);
        }
        return new Comparison(difference, differenceInterval, lift, liftInterval, z, p);
    }

    /** A one-sided interval keeps only the bound the alternative tests against. */
    static Interval bounded(Alternative alternative, double low, double high) {
        return switch (alternative) {
            case TWO_SIDED -> Interval.of(low, high);
            case GREATER -> new Interval(low, null);
            case LESS -> new Interval(null, high);
        };
    }
}
