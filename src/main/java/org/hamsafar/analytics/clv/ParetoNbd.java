package org.hamsafar.analytics.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987, Management Science 33(1)): while
 * active a customer buys at Poisson rate lambda ~ Gamma(r, alpha); their lifetime is exponential
 * with rate mu ~ Gamma(s, beta). The likelihood follows Fader &amp; Hardie (2005), "A Note on Deriving
 * the Pareto/NBD Model and Related Expressions", whose A0 takes one of two forms so that the
 * argument of 2F1 stays in [0, 1): the form in alpha - beta when alpha &gt;= beta, in beta - alpha otherwise.
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseModel {
    /** s = 1 makes the expectations 0/0; within this distance their limit is used. */
    private static final double NEAR_ONE = 1e-10;

    public ParetoNbd {
        if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || Double.isInfinite(r + alpha + s + beta)) {
            throw new IllegalArgumentException("Pareto/NBD parameters must be positive and finite: " + r + ", " + alpha + ", " + s + ", "
                    + beta);
        }
    }

    @Override
    public String name() {
        return "paretonbd";
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("r", r);
        p.put("alpha", alpha);
        p.put("s", s);
        p.put("beta", beta);
        return p;
    }

    /**
     * The note's individual likelihood: L = G(r+x) alpha^r beta^s / G(r) * {1 / ((alpha+T)^(r+x) (beta+T)^s)
     * + s/(r+s+x) A0}, in logs.
     */
    @Override
    public double logLikelihood(int x, double tx, double age) {
        double common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        return common + LogSpace.add(logAlive(x, age), Math.log(s / (r + s + x)) + logA0(x, tx, age));
    }

    /** ln of 1 / ((alpha+T)^(r+x) (beta+T)^s): the customer is still alive at T. */
    private double logAlive(int x, double age) {
        return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    }

    /** ln A0 = ln(F(t_x) - F(T)); F falls with t, so A0 &gt;= 0 (and is 0 when t_x = T). */
    private double logA0(int x, double tx, double age) {
        return LogSpace.subtract(logF(x, tx), logF(x, age));
    }

    /**
     * ln F(t): for alpha &gt;= beta, F(t) = 2F1(r+s+x, s+1; r+s+x+1; (alpha-beta)/(alpha+t)) / (alpha+t)^(r+s+x);
     * for alpha &lt; beta, F(t) = 2F1(r+s+x, r+x; r+s+x+1; (beta-alpha)/(beta+t)) / (beta+t)^(r+s+x). Both
     * 2F1 go through Euler's transformation (to 2F1(1, r+x; ...) and 2F1(1, s+1; ...)), whose terms
     * fall at least as fast as z^j: no overflow for customers with hundreds of purchases.
     */
    private double logF(int x, double t) {
        double sum = r + s + x;
        if (alpha >= beta) {
            return Hypergeometric.logF21Euler(sum, s + 1, sum + 1, (alpha - beta) / (alpha + t)) - sum * Math.log(alpha + t);
        }
        return Hypergeometric.logF21Euler(sum, r + x, sum + 1, (beta - alpha) / (beta + t)) - sum * Math.log(beta + t);
    }

    /** The sample log-likelihood; the terms that depend on x alone are computed once per x. */
    @Override
    public double logLikelihood(SummaryTable table) {
        int n = table.maxFrequency + 1;
        double[] common = new double[n];
        double head = r * Math.log(alpha) + s * Math.log(beta);
        double rising = 0;
        for (int x = 0; x < n; x++) {
            common[x] = head + rising;
            rising += Math.log(r + x);
        }
        double[] logAlpha = table.logShifted(alpha);
        double[] logBeta = table.logShifted(beta);
        double[] logS = new double[n];
        for (int x = 0; x < n; x++) {
            logS[x] = Math.log(s / (r + s + x));
        }
        // F once per distinct (x, time) pair: customers counted in whole days share most of them.
        double[] logF = new double[table.pairX.length];
        RowSums.sum(logF.length, (from, to) -> {
            for (int k = from; k < to; k++) {
                logF[k] = logF(table.pairX[k], table.times[table.pairTime[k]]);
            }
            return 0;
        });
        return RowSums.sum(table.rows, (from, to) -> {
            double total = 0;
            for (int i = from; i < to; i++) {
                int x = table.x[i];
                double alive = -(r + x) * logAlpha[table.ageAt[i]] - s * logBeta[table.ageAt[i]];
                double a0 = LogSpace.subtract(logF[table.txPair[i]], logF[table.agePair[i]]);
                total += table.weight[i] * (common[x] + LogSpace.add(alive, logS[x] + a0));
            }
            return total;
        });
    }

    /** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (alpha+T)^(r+x) (beta+T)^s A0) (the note's P(alive)). */
    @Override
    public double probabilityAlive(int x, double tx, double age) {
        double odds = Math.log(s / (r + s + x)) + logA0(x, tx, age) - logAlive(x, age);
        return 1 / (1 + Math.exp(odds));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive)
     * (Schmittlein et al. 1987; the note's conditional expectation).
     */
    @Override
    public double expectedPurchasesIfAlive(double t, int x, double age) {
        if (t <= 0) {
            return 0;
        }
        return (r + x) * (beta + age) / (alpha + age) * lifetimeFactor(Math.log((beta + age) / (beta + age + t)));
    }

    /** E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]. */
    @Override
    public double expectedRepeatsSinceFirst(double t) {
        if (t <= 0) {
            return 0;
        }
        return r * beta / alpha * lifetimeFactor(Math.log(beta / (beta + t)));
    }

    /** [1 - e^((s-1) l)] / (s-1) for l = ln(ratio) &lt; 0, and its limit -l at s = 1. */
    private double lifetimeFactor(double l) {
        double d = s - 1;
        return Math.abs(d) < NEAR_ONE ? -l : -Math.expm1(d * l) / d;
    }
}
