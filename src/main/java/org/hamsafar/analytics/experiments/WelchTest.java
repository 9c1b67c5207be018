package org.hamsafar.analytics.experiments;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's unequal-variances t-test of the difference of two means (Welch 1947), from each group's
 * size, mean and sample standard deviation: se² = s₁²/n₁ + s₂²/n₂, t = (m₂ - m₁)/se, with the
 * Welch–Satterthwaite degrees of freedom ν = se⁴ / ((s₁²/n₁)²/(n₁-1) + (s₂²/n₂)²/(n₂-1))
 * (Satterthwaite 1946), and the interval (m₂ - m₁) ± t₍ν₎·se.
 */
final class WelchTest {
    private WelchTest() {
    }

    /** One group's summary: size (at least 2), mean, sample standard deviation (n - 1 denominator). */
    record Sample(long n, double mean, double sd) {
    }

    /**
     * The difference variant minus control, its standard error, t, ν, p and interval; t, ν and p are
     * null when both groups are constant (no variance: the difference is exact and nothing is tested).
     */
    record Result(double difference, double standardError, Double t, Double df, Double pValue, Interval interval) {
    }

    static Result compare(Sample control, Sample variant, double confidence, Alternative alternative) {
        double v1 = control.sd() * control.sd() / control.n();
        double v2 = variant.sd() * variant.sd() / variant.n();
        double difference = variant.mean() - control.mean();
        double se = Math.sqrt(v1 + v2);
        if (se == 0) {
            return new Result(difference, 0, null, null, null, Interval.of(difference, difference));
        }
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (control.n() - 1) + v2 * v2 / (variant.n() - 1));
        TDistribution t = TDistribution.of(df);
        double statistic = difference / se;
        double p = alternative.pValue(t.cumulativeProbability(statistic), t.survivalProbability(statistic));
        double critical = t.inverseSurvivalProbability(alternative.tail(confidence));
        Interval interval = ProportionStatistics.bounded(alternative, difference - critical * se, difference + critical * se);
        return new Result(difference, se, statistic, df, p, interval);
    }

    /** The summary of raw values: n, mean and the sample standard deviation (two-pass, for accuracy). */
    static Sample summarise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Sample(values.length, mean, values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0);
    }
}
