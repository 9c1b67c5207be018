package org.hamsafar.feedback;

/**
 * Net Promoter Score with a 95% interval from the counts of promoters and detractors.
 *
 * <p>Each answer is promoter, passive or detractor: a multinomial with proportions p, d and
 * 1 - p - d. NPS/100 is the difference of two proportions of the same sample, so its variance
 * is Var(p̂) + Var(d̂) - 2 Cov(p̂, d̂) with Var(p̂) = p(1 - p)/n, Var(d̂) = d(1 - d)/n and the multinomial
 * covariance Cov(p̂, d̂) = -pd/n, which simplifies to (p + d - (p - d)²)/n. The interval is the
 * normal (Wald) one, NPS ± z·100·√var, clipped to [-100, 100]; it has zero width when every
 * answer falls in one group. One answer gives no interval: its variance estimate is always zero,
 * which would show a single answer as a certain score.
 */
final class NpsCalculator {
    private NpsCalculator() {
    }

    /** NPS in -100..100 of {@code n} answers, {@code promoters} of them 9-10 and {@code detractors} 0-6. */
    static Estimate estimate(long n, long promoters, long detractors) {
        if (n <= 0) {
            return Estimate.NONE;
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double nps = 100 * (p - d);
        if (n == 1) {
            return new Estimate(nps, null, null);
        }
        double variance = Math.max(0, (p + d - (p - d) * (p - d)) / n);
        double half = Estimate.Z_95 * 100 * Math.sqrt(variance);
        return new Estimate(nps, Math.max(-100, nps - half), Math.min(100, nps + half));
    }
}
