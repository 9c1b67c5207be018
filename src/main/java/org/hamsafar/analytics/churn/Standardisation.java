package org.hamsafar.analytics.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * How the raw feature columns enter the model, fitted on the training rows only: the columns kept
 * (a column constant on the training rows carries no information and makes the fit singular, so it
 * is dropped and reported), and for each kept column its centre and scale, so that the model sees
 * z = (x - centre) / scale. Standardised columns use the mean and the population standard deviation
 * (as scikit-learn's StandardScaler); the others pass through (centre 0, scale 1).
 *
 * @param kept    raw column numbers the model uses, ascending
 * @param center  per kept column
 * @param scale   per kept column, positive
 * @param dropped raw column numbers left out as constant
 */
record Standardisation(int[] kept, double[] center, double[] scale, int[] dropped) {

    /** Fitted on {@code rows} of {@code x}; {@code standardise[j]} says whether column j is centred and scaled. */
    static Standardisation fit(double[][] x, int[] rows, boolean[] standardise) {
        int p = standardise.length;
        double[] mean = new double[p];
        double[] m2 = new double[p];
        double[] min = new double[p];
        double[] max = new double[p];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        long n = 0;
        for (int r : rows) {
            double[] row = x[r];
            n++;
            for (int j = 0; j < p; j++) {
                // Welford's running mean and sum of squared deviations: stable at a million rows.
                double delta = row[j] - mean[j];
                mean[j] += delta / n;
                m2[j] += delta * (row[j] - mean[j]);
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
        List<Integer> kept = new ArrayList<>();
        List<Integer> dropped = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            if (n > 0 && max[j] > min[j]) {
                kept.add(j);
            } else {
                dropped.add(j);
            }
        }
        double[] center = new double[kept.size()];
        double[] scale = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int j = kept.get(k);
            double sd = Math.sqrt(m2[j] / n);
            boolean scaled = standardise[j] && sd > 0;
            center[k] = scaled ? mean[j] : 0;
            scale[k] = scaled ? sd : 1;
        }
        return new Standardisation(kept.stream().mapToInt(Integer::intValue).toArray(), center, scale,
                dropped.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Every column standardised. */
    static Standardisation fit(double[][] x, int[] rows) {
        boolean[] all = new boolean[x.length == 0 ? 0 : x[0].length];
        java.util.Arrays.fill(all, true);
        return fit(x, rows, all);
    }

    int size() {
        return kept.length;
    }

    /** Writes the model's view z of {@code raw} into {@code z} (length {@link #size()}). */
    void apply(double[] raw, double[] z) {
        for (int k = 0; k < kept.length; k++) {
            z[k] = (raw[kept[k]] - center[k]) / scale[k];
        }
    }
}
