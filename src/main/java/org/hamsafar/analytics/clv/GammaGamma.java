package org.hamsafar.analytics.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4); Fader &amp;
 * Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a customer's transactions are
 * Gamma(p, nu) with nu ~ Gamma(q, gamma) across customers, independent of how often they buy. A
 * customer is read as the mean m of their x priced repeat transactions.
 */
public record GammaGamma(double p, double q, double gamma) {

    public GammaGamma {
        if (!(p > 0 && q > 0 && gamma > 0) || Double.isInfinite(p + q + gamma)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: " + p + ", " + q + ", " + gamma);
        }
    }

    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("p", p);
        m.put("q", q);
        m.put("gamma", gamma);
        return m;
    }

    /**
     * ln f(m | p, q, gamma, x) = lnG(px+q) - lnG(px) - lnG(q) + q ln gamma + (px-1) ln m + px ln x
     * - (px+q) ln(gamma + m x): the density of a mean of x Gamma(p, nu) spends, nu mixed out.
     */
    public double logLikelihood(int x, double m) {
        double px = p * x;
        return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x)
                - (px + q) * Math.log(gamma + m * x);
    }

    /** The sample log-likelihood over customers with x &gt; 0 and m &gt; 0; x-only terms once per x. */
    double logLikelihood(int[] x, double[] m, int maxX) {
        double[] byX = new double[maxX + 1];
        double head = -logGamma(q) + q * Math.log(gamma);
        boolean[] seen = new boolean[maxX + 1];
        for (int v : x) {
            if (!seen[v]) {
                seen[v] = true;
                double px = p * v;
                byX[v] = head + logGamma(px + q) - logGamma(px) + px * Math.log(v);
            }
        }
        return RowSums.sum(x.length, (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
                double px = p * x[i];
                sum += byX[x[i]] + (px - 1) * Math.log(m[i]) - (px + q) * Math.log(gamma + m[i] * x[i]);
            }
            return sum;
        });
    }

    /** The population mean spend per transaction, p gamma / (q - 1); infinite when q &lt;= 1. */
    public double meanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * E(M | p, q, gamma, m, x) = (gamma + m x) p / (p x + q - 1): a weighted mean of the population mean
     * p gamma / (q - 1) and the customer's own mean m, the weight on m growing with x. For x = 0 it is
     * the population mean.
     */
    public double expectedSpend(int x, double m) {
        if (x == 0 || !(m > 0)) {
            return meanSpend();
        }
        return (gamma + m * x) * p / (p * x + q - 1);
    }
}
