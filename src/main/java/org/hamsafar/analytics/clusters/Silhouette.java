package org.hamsafar.analytics.clusters;

import java.util.stream.IntStream;

/**
 * The mean silhouette of a clustering (Rousseeuw 1987, "Silhouettes: a graphical aid to the
 * interpretation and validation of cluster analysis", J. Comput. Appl. Math. 20): for point i,
 * a(i) is its mean Euclidean distance to the other points of its cluster, b(i) the least mean
 * distance to the points of another cluster, s(i) = (b - a) / max(a, b), and s(i) = 0 when i is
 * alone in its cluster. O(m^2 d): callers pass a sample (a few thousand points).
 */
final class Silhouette {
    private Silhouette() {
    }

    /** Mean s(i) over the m points (row-major m × d) with labels 0..k-1; NaN when fewer than 2 clusters are present. */
    static double mean(double[] x, int m, int d, int[] labels, int k) {
        int[] sizes = new int[k];
        for (int i = 0; i < m; i++) {
            sizes[labels[i]]++;
        }
        int present = 0;
        for (int size : sizes) {
            if (size > 0) {
                present++;
            }
        }
        if (present < 2) {
            return Double.NaN;
        }
        // Each point's s(i) is independent of the others': computed in parallel, summed in index order.
        double[] s = new double[m];
        IntStream.range(0, m).parallel().forEach(i -> s[i] = of(x, m, d, labels, sizes, i));
        double total = 0;
        for (double v : s) {
            total += v;
        }
        return total / m;
    }

    private static double of(double[] x, int m, int d, int[] labels, int[] sizes, int i) {
        int own = labels[i];
        if (sizes[own] == 1) {
            return 0;
        }
        double[] sums = new double[sizes.length];
        for (int j = 0; j < m; j++) {
            if (j != i) {
                sums[labels[j]] += Math.sqrt(KMeans.squared(x, i * d, x, j * d, d));
            }
        }
        double a = sums[own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sizes.length; c++) {
            if (c != own && sizes[c] > 0) {
                b = Math.min(b, sums[c] / sizes[c]);
            }
        }
        double larger = Math.max(a, b);
        return larger == 0 ? 0 : (b - a) / larger;
    }
}
