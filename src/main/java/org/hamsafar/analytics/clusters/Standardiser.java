package org.hamsafar.analytics.clusters;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the features on one scale so that each weighs the same in k-means' distances: log-scaled
 * features become log(1 + x), then every feature becomes its z-score (x - mean) / sd over the
 * customers for whom it is known. An unknown value becomes 0, the mean, so it pulls a customer
 * towards no cluster. A feature known for fewer than two customers, or with no spread, says nothing
 * and is left out.
 */
final class Standardiser {
    private Standardiser() {
    }

    /**
     * The z-scores (row-major, n × kept), which features were kept (indices into the table's
     * features), their means and standard deviations after log-scaling, and the keys of those left out.
     */
    record Standardised(double[] z, int n, int d, int[] kept, double[] means, double[] sds, List<String> dropped) {
    }

    static double transform(FeatureTable.Feature feature, double x) {
        return feature.logScaled() ? Math.log1p(Math.max(0, x)) : x;
    }

    static Standardised of(FeatureTable table) {
        int n = table.n();
        int all = table.d();
        List<Integer> kept = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        List<Double> sds = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < all; j++) {
            FeatureTable.Feature feature = table.features().get(j);
            long known = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double x = table.value(i, j);
                if (!Double.isNaN(x)) {
                    known++;
                    sum += transform(feature, x);
                }
            }
            double mean = known == 0 ? 0 : sum / known;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double x = table.value(i, j);
                if (!Double.isNaN(x)) {
                    double diff = transform(feature, x) - mean;
                    squares += diff * diff;
                }
            }
            double sd = known < 2 ? 0 : Math.sqrt(squares / (known - 1));
            if (sd < 1e-9) {
                dropped.add(feature.key());
                continue;
            }
            kept.add(j);
            means.add(mean);
            sds.add(sd);
        }
        int d = kept.size();
        double[] z = new double[n * d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                int j = kept.get(c);
                double x = table.value(i, j);
                z[i * d + c] = Double.isNaN(x) ? 0 : (transform(table.features().get(j), x) - means.get(c)) / sds.get(c);
            }
        }
        return new Standardised(z, n, d, kept.stream().mapToInt(Integer::intValue).toArray(),
                means.stream().mapToDouble(Double::doubleValue).toArray(), sds.stream().mapToDouble(Double::doubleValue).toArray(),
                List.copyOf(dropped));
    }
}
