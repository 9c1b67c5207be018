package org.hamsafar.analytics.drivers;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Pearson correlations of every pair of columns with pairwise deletion: each pair uses the rows
 * where both values are present (NaN marks a missing value), so each cell has its own n. The
 * p-value tests r = 0 with t = r·sqrt((n - 2)/(1 - r²)) on n - 2 degrees of freedom (two-sided).
 * A cell is NaN when fewer than 3 rows have both values or either column is constant on them.
 */
final class PairwiseCorrelations {
    private PairwiseCorrelations() {
    }

    record Result(double[][] r, long[][] n, double[][] pValue) {
    }

    static Result of(double[][] rows, int columns) {
        // Deviations from each column's mean over its present values keep the sums of products accurate.
        double[] centre = new double[columns];
        long[] present = new long[columns];
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                if (!Double.isNaN(row[j])) {
                    centre[j] += row[j];
                    present[j]++;
                }
            }
        }
        for (int j = 0; j < columns; j++) {
            centre[j] = present[j] == 0 ? 0 : centre[j] / present[j];
        }
        long[][] n = new long[columns][columns];
        double[][] sx = new double[columns][columns];
        double[][] sxx = new double[columns][columns];
        double[][] sxy = new double[columns][columns];
        double[] d = new double[columns];
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                d[j] = row[j] - centre[j];
            }
            for (int a = 0; a < columns; a++) {
                if (Double.isNaN(d[a])) {
                    continue;
                }
                for (int b = 0; b < columns; b++) {
                    if (!Double.isNaN(d[b])) {
                        // sx[a][b]: sum of column a over the rows where b is present too; likewise sxx.
                        n[a][b]++;
                        sx[a][b] += d[a];
                        sxx[a][b] += d[a] * d[a];
                        sxy[a][b] += d[a] * d[b];
                    }
                }
            }
        }
        double[][] r = new double[columns][columns];
        double[][] p = new double[columns][columns];
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < columns; b++) {
                long m = n[a][b];
                double covariance = sxy[a][b] - sx[a][b] * sx[b][a] / m;
                double varianceA = sxx[a][b] - sx[a][b] * sx[a][b] / m;
                double varianceB = sxx[b][a] - sx[b][a] * sx[b][a] / m;
                if (m < 3 || varianceA <= 1e-12 * m || varianceB <= 1e-12 * m) {
                    r[a][b] = Double.NaN;
                    p[a][b] = Double.NaN;
                    continue;
                }
                double value = Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceA * varianceB)));
                r[a][b] = a == b ? 1 : value;
                p[a][b] = a == b ? 0 : pValue(value, m);
            }
        }
        return new Result(r, n, p);
    }

    /** The two-sided p-value of r from m pairs. */
    static double pValue(double r, long m) {
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = r * Math.sqrt((m - 2) / (1 - r * r));
        return 2 * TDistribution.of(m - 2).survivalProbability(Math.abs(t));
    }
}
