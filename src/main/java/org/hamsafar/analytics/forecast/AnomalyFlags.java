package org.hamsafar.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Periods whose observation the model did not expect, judged on the one-step errors
 * e<sub>t</sub> = y<sub>t</sub> − ŷ<sub>t|t−1</sub>:
 * <ul>
 *   <li>{@code outside_interval}: y<sub>t</sub> lies outside the one-step prediction interval
 *   ŷ ± z·σ at the anomaly level (σ the fitted one-step standard deviation; for h = 1 every form's
 *   interval is exactly this);</li>
 *   <li>{@code robust_z}: the robust z-score |e − median(e)| / (1.4826·MAD(e)) exceeds
 *   {@link #ROBUST_Z_LIMIT} (Iglewicz & Hoaglin 1993; 1.4826 makes the MAD estimate σ for normal
 *   errors). Not judged when the MAD is 0.</li>
 * </ul>
 */
final class AnomalyFlags {
    static final double ROBUST_Z_LIMIT = 3.0;
    private static final double MAD_TO_SIGMA = 1.4826;

    private AnomalyFlags() {
    }

    /** One flagged period: index into the series, observation, one-step forecast, interval, robust z (null when MAD = 0), reasons. */
    record Flag(int index, double observed, double expected, double lower, double upper, Double robustZ, List<String> reasons) {
    }

    static List<Flag> of(double[] y, double[] fitted, double sigma, double level) {
        double z = PredictionIntervals.z(level);
        double[] residuals = Arrays.stream(indices(y, fitted)).mapToDouble(t -> y[t] - fitted[t]).toArray();
        double median = median(residuals);
        double mad = median(Arrays.stream(residuals).map(e -> Math.abs(e - median)).toArray());
        List<Flag> flags = new ArrayList<>();
        for (int t : indices(y, fitted)) {
            double e = y[t] - fitted[t];
            double lower = fitted[t] - z * sigma;
            double upper = fitted[t] + z * sigma;
            Double robust = mad > 0 ? Math.abs(e - median) / (MAD_TO_SIGMA * mad) : null;
            List<String> reasons = new ArrayList<>(2);
            if (y[t] < lower || y[t] > upper) {
                reasons.add("outside_interval");
            }
            if (robust != null && robust > ROBUST_Z_LIMIT) {
                reasons.add("robust_z");
            }
            if (!reasons.isEmpty()) {
                flags.add(new Flag(t, y[t], fitted[t], lower, upper, robust, List.copyOf(reasons)));
            }
        }
        return flags;
    }

    private static int[] indices(double[] y, double[] fitted) {
        int[] out = new int[y.length];
        int n = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(y[t]) && !Double.isNaN(fitted[t])) {
                out[n++] = t;
            }
        }
        return Arrays.copyOf(out, n);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
