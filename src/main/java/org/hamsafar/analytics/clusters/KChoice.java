package org.hamsafar.analytics.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

/**
 * Chooses k by the mean silhouette. For each k in {@code kMin..kMax}, k-means++ is fitted on one
 * random sample of up to {@code fitSample} points, and each clustering's silhouette is measured on
 * a smaller sample of those (the same for every k: the silhouette costs the square of its points).
 * The k with the highest mean silhouette wins (ties: the smaller k) and is then fitted on all the
 * points, whose clustering's silhouette is measured on the same small sample. With fewer points
 * than {@code fitSample}, every k is fitted on all of them.
 */
final class KChoice {
    private KChoice() {
    }

    /** One k tried: its sample silhouette, inertia per point and whether Lloyd's iterations settled. */
    record Candidate(int k, double silhouette, double inertiaPerPoint, int iterations, boolean converged) {
    }

    /** The clustering of all points at the chosen k, its silhouette, every k tried, and the samples' sizes. */
    record Choice(KMeans.Fit fit, double silhouette, List<Candidate> candidates, int fitSampleSize, int silhouetteSampleSize) {
    }

    /**
     * Settings: the range of k, restarts per k, Lloyd's iteration cap, the points k is chosen on, the
     * silhouette sample size and the random seed.
     */
    record Settings(int kMin, int kMax, int restarts, int maxIterations, int fitSample, int silhouetteSample, long seed) {
    }

    /** {@code progress} hears (steps done, steps in all): one step per k, one for the final fit. */
    static Choice choose(double[] x, int n, int d, Settings settings, BiConsumer<Integer, Integer> progress) {
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        int[] fitRows = sample(n, settings.fitSample(), random);
        int f = fitRows.length;
        double[] xf = rows(x, d, fitRows);
        // The silhouette sample: positions within the fit sample.
        int[] silRows = sample(f, settings.silhouetteSample(), random);
        int m = silRows.length;
        double[] xs = rows(xf, d, silRows);
        int kMax = Math.min(settings.kMax(), f - 1);
        int steps = kMax - settings.kMin() + 2;
        List<Candidate> candidates = new ArrayList<>();
        int bestK = -1;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        KMeans.Fit bestFit = null;
        for (int k = settings.kMin(); k <= kMax; k++) {
            KMeans.Fit fit = KMeans.fit(xf, f, d, k, settings.restarts(), settings.maxIterations(), settings.seed() + k);
            double silhouette = Silhouette.mean(xs, m, d, pick(fit.labels(), silRows), k);
            candidates.add(new Candidate(k, silhouette, fit.inertia() / f, fit.iterations(), fit.converged()));
            if (!Double.isNaN(silhouette) && silhouette > bestSilhouette) {
                bestSilhouette = silhouette;
                bestK = k;
                bestFit = fit;
            }
            progress.accept(k - settings.kMin() + 1, steps);
        }
        if (bestK < 0) {
            return new Choice(null, Double.NaN, candidates, f, m);
        }
        if (f == n) {
            progress.accept(steps, steps);
            return new Choice(bestFit, bestSilhouette, candidates, f, m);
        }
        KMeans.Fit all = KMeans.fit(x, n, d, bestK, settings.restarts(), settings.maxIterations(), settings.seed() + bestK);
        int[] silInAll = new int[m];
        for (int i = 0; i < m; i++) {
            silInAll[i] = fitRows[silRows[i]];
        }
        double silhouette = Silhouette.mean(xs, m, d, pick(all.labels(), silInAll), bestK);
        progress.accept(steps, steps);
        return new Choice(all, silhouette, candidates, f, m);
    }

    private static double[] rows(double[] x, int d, int[] rows) {
        double[] out = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(x, rows[i] * d, out, i * d, d);
        }
        return out;
    }

    private static int[] pick(int[] labels, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = labels[rows[i]];
        }
        return out;
    }

    /** Up to {@code size} distinct indices of 0..n-1 in increasing order, uniformly (selection sampling, Knuth's algorithm S). */
    static int[] sample(int n, int size, SplittableRandom random) {
        if (size >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] chosen = new int[size];
        int taken = 0;
        for (int i = 0; i < n && taken < size; i++) {
            if (random.nextInt(n - i) < size - taken) {
                chosen[taken++] = i;
            }
        }
        return chosen;
    }
}
