package org.hamsafar.analytics.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2)): while active a customer buys at
 * Poisson rate lambda ~ Gamma(r, alpha); after each purchase they drop out with probability
 * p ~ Beta(a, b). Equation numbers below are the paper's.
 */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
    /** a = 1 makes eqs. (9) and (10) 0/0; they are evaluated this close to 1 instead (their limit). */
    private static final double NEAR_ONE = 1e-7;

    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: " + r + ", " + alpha + ", " + a + ", " + b);
        }
    }

    @Override
    public String name() {
        return "bgnbd";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", alpha);
        p.put("a", a);
        p.put("b", b);
        return p;
    }

    /**
     * Eq. (6) in logs: ln L = A1 + A2 + ln(e^A3 + [x &gt; 0] e^A4) with A1 = lnG(r+x) - lnG(r) + r ln alpha,
     * A2 = ln B(a, b+x) - ln B(a, b), A3 = -(r+x) ln(alpha+T), A4 = ln(a / (b+x-1)) - (r+x) ln(alpha+t_x)
     * (B(a+1, b+x-1) / B(a, b+x) = a / (b+x-1)).
     */
    @Override
    public double logLikelihood(int x, double tx, double age) {
        double common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha)
                + logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
        return common + tail(x, tx, age, Math.log(a) - Math.log(b + x - 1));
    }

    private double tail(int x, double tx, double age, double dropTerm) {
        double a3 = -(r + x) * Math.log(alpha + age);
        return x == 0 ? a3 : LogSpace.add(a3, dropTerm - (r + x) * Math.log(alpha + tx));
    }

    /** Eq. (7), the sample log-likelihood; the terms that depend on x alone are computed once per x. */
    @Override
    public double logLikelihood(SummaryTable table) {
        int n = table.maxFrequency + 1;
        double[] common = new double[n];
        double[] drop = new double[n];
        // lnG(r+x) - lnG(r) = sum_{k<x} ln(r+k); lnG(b+x) - lnG(a+b+x) by the same recurrence.
        double head = r * Math.log(alpha) + logGamma(a + b) - logGamma(b);
        double rising = 0;
        double beta = logGamma(b) - logGamma(a + b);
        for (int x = 0; x < n; x++) {
            common[x] = head + rising + beta;
            drop[x] = x == 0 ? 0 : Math.log(a) - Math.log(b + x - 1);
            rising += Math.log(r + x);
            beta += Math.log(b + x) - Math.log(a + b + x);
        }
        double[] logAlpha = table.logShifted(alpha);
        return RowSums.sum(table.rows, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                int x = table.x[i];
                double a3 = -(r + x) * logAlpha[table.ageAt[i]];
                double tail = x == 0 ? a3 : LogSpace.add(a3, drop[x] - (r + x) * logAlpha[table.txAt[i]]);
                sum += table.weight[i] * (common[x] + tail);
            }
            return sum;
        });
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)): the
     * denominator of eq. (10); Fader, Hardie &amp; Lee (2008), "Computing P(alive) using the BG/NBD model".
     */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        double odds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(odds));
    }

    /**
     * Eq. (10): E[Y(t) | x, t_x, T] = (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x)
     * 2F1(r+x, b+x; a+b+x-1; z)] P(alive), z = t/(alpha+T+t). By Euler's transformation the product in
     * brackets is (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose terms stay small for any x.
     */
    @Override
    public double expectedPurchasesIfAlive(double t, int x, double age) {
        return t <= 0 ? 0 : growth(x, t / (alpha + age + t));
    }

    /** (c/(a-1)) [1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; c; z)] with c = a+b+x-1. */
    private double growth(int x, double z) {
        double aa = Math.abs(a - 1) < NEAR_ONE ? 1 + NEAR_ONE : a;
        double c = aa + b + x - 1;
        double kept = Math.exp((aa - 1) * Math.log1p(-z)) * Hypergeometric.f21(aa + b - 1 - r, aa - 1, c, z);
        return c / (aa - 1) * (1 - kept);
    }

    /**
     * Eq. (9): E[X(t)] = (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))], the
     * bracket transformed as in eq. (10) (x = 0, T = 0).
     */
    @Override
    public double expectedRepeatsSinceFirst(double t) {
        return t <= 0 ? 0 : growth(0, t / (alpha + t));
    }
}
