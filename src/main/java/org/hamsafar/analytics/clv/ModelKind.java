package org.hamsafar.analytics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The purchase models that can be fitted, by their API names. */
public enum ModelKind {
    BGNBD("bgnbd", List.of("r", "alpha", "a", "b")),
    PARETONBD("paretonbd", List.of("r", "alpha", "s", "beta"));

    private final String key;
    private final List<String> parameterNames;

    ModelKind(String key, List<String> parameterNames) {
        this.key = key;
        this.parameterNames = parameterNames;
    }

    public String key() {
        return key;
    }

    public List<String> parameterNames() {
        return parameterNames;
    }

    public static Optional<ModelKind> of(String key) {
        for (ModelKind kind : values()) {
            if (kind.key.equals(key == null ? null : key.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The model with parameters e^p[0] .. e^p[3], in {@link #parameterNames()} order. */
    PurchaseModel fromLog(double[] p) {
        double u = Math.exp(p[0]);
        double v = Math.exp(p[1]);
        double w = Math.exp(p[2]);
        double z = Math.exp(p[3]);
        return this == BGNBD ? new BgNbd(u, v, w, z) : new ParetoNbd(u, v, w, z);
    }

    /**
     * Starting log-parameters that bracket the usual shapes: the purchase rate's scale alpha set so
     * that the mean rate r/alpha equals the observed repeat purchases per unit of time, with little
     * and much heterogeneity (r = 1 and r = 0.25), and a short or long lifetime (a, b or s, beta).
     */
    List<double[]> starts(SummaryTable table) {
        double purchases = 0;
        double exposure = 0;
        for (int i = 0; i < table.rows; i++) {
            purchases += table.weight[i] * table.x[i];
            exposure += table.weight[i] * table.age[i];
        }
        double rate = Math.max(purchases, 1) / Math.max(exposure, 1e-9);
        double meanAge = Math.max(exposure / table.customers, 1e-6);
        List<double[]> starts = new ArrayList<>();
        for (double r : new double[] {1, 0.25}) {
            for (int life = 0; life < 2; life++) {
                double alpha = r / rate;
                if (this == BGNBD) {
                    // E[p] = a / (a + b): a drop-out chance of 1/2 or 1/6 after each purchase.
                    starts.add(logs(r, alpha, 1, life == 0 ? 1 : 5));
                } else {
                    // E[mu] = s / beta: a mean lifetime of the mean age or of five times it.
                    starts.add(logs(r, alpha, 1, life == 0 ? meanAge : 5 * meanAge));
                }
            }
        }
        return starts;
    }

    private static double[] logs(double... values) {
        double[] p = new double[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.log(values[i]);
        }
        return p;
    }
}
