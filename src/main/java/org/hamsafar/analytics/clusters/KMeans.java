package org.hamsafar.analytics.clusters;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * k-means with k-means++ seeding (Arthur and Vassilvitskii 2007, "k-means++: the advantages of
 * careful seeding", SODA: the first centre uniformly at random, each next one a data point chosen
 * with probability D(x)^2 / sum D^2, D(x) the distance to the nearest centre chosen so far), then
 * Lloyd's iterations (assign each point to its nearest centre, move each centre to the mean of its
 * points) until at most {@link #SETTLED} of the points change cluster in a pass (none, below 10,000
 * points), or the centres together move less than {@link #TOLERANCE} times the data's mean variance
 * per feature (in squared distance), or {@code maxIterations}: on a million points boundary points
 * can keep swapping for a hundred passes while the centres creep by amounts that change nothing. Several restarts; the one with
 * the least inertia (sum of squared distances to the assigned centres) is kept.
 *
 * <p>Points are rows of a row-major array {@code x} of {@code n × d}. The assignment pass runs
 * over chunks in parallel (the common fork-join pool), each chunk also summing its points per
 * cluster, so one pass over the data serves both steps. A cluster left empty takes the point
 * farthest from its centre, as in most implementations.
 */
final class KMeans {
    private static final int CHUNK = 32_768;
    /** The share of points that may still change cluster when the iterations are deemed settled. */
    static final double SETTLED = 1e-4;
    /** Sum of the centres' squared moves in one step, relative to the mean variance per feature, that counts as settled. */
    static final double TOLERANCE = 1e-4;

    private KMeans() {
    }

    /** A clustering: centres (row-major, k × d), each point's cluster, inertia, iterations of the kept restart. */
    record Fit(int k, int d, double[] centroids, int[] labels, double inertia, int iterations, boolean converged) {
        int size(int cluster) {
            int size = 0;
            for (int label : labels) {
                if (label == cluster) {
                    size++;
                }
            }
            return size;
        }
    }

    static Fit fit(double[] x, int n, int d, int k, int restarts, int maxIterations, long seed) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be 1.." + n + ", not " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Fit best = null;
        for (int r = 0; r < restarts; r++) {
            Fit fit = lloyd(x, n, d, seed(x, n, d, k, random.split()), k, maxIterations);
            if (best == null || fit.inertia() < best.inertia()) {
                best = fit;
            }
        }
        return best;
    }

    /** k-means++ seeding: returns k centres (row-major). */
    static double[] seed(double[] x, int n, int d, int k, SplittableRandom random) {
        double[] centres = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centres, 0, d);
        double[] nearest = new double[n];
        for (int i = 0; i < n; i++) {
            nearest[i] = squared(x, i * d, centres, 0, d);
        }
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (double v : nearest) {
                total += v;
            }
            int chosen;
            if (total <= 0) {
                // Every point coincides with a centre: any point will do (the clusters will be empty or equal).
                chosen = random.nextInt(n);
            } else {
                double target = random.nextDouble() * total;
                double cumulative = 0;
                chosen = n - 1;
                for (int i = 0; i < n; i++) {
                    cumulative += nearest[i];
                    if (cumulative >= target && nearest[i] > 0) {
                        chosen = i;
                        break;
                    }
                }
            }
            System.arraycopy(x, chosen * d, centres, c * d, d);
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squared(x, i * d, centres, c * d, d));
            }
        }
        return centres;
    }

    private static Fit lloyd(double[] x, int n, int d, double[] centres, int k, int maxIterations) {
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] distances = new double[n];
        long settled = (long) Math.floor(n * SETTLED);
        double smallMove = TOLERANCE * meanVariance(x, n, d);
        int iteration = 0;
        while (true) {
            iteration++;
            Pass total = assignAll(x, n, d, centres, k, labels, distances);
            // Labels and inertia now belong to these centres: stop here, or move the centres and go on.
            if (total.changed <= settled || iteration >= maxIterations) {
                return new Fit(k, d, centres, labels, total.inertia, iteration, total.changed <= settled);
            }
            double[] moved = new double[k * d];
            for (int c = 0; c < k; c++) {
                if (total.counts[c] == 0) {
                    int far = farthest(distances);
                    System.arraycopy(x, far * d, moved, c * d, d);
                    distances[far] = 0;
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    moved[c * d + j] = total.sums[c * d + j] / total.counts[c];
                }
            }
            boolean small = squared(centres, 0, moved, 0, k * d) <= smallMove;
            centres = moved;
            if (small) {
                Pass last = assignAll(x, n, d, centres, k, labels, distances);
                return new Fit(k, d, centres, labels, last.inertia, iteration, true);
            }
        }
    }

    private static Pass assignAll(double[] x, int n, int d, double[] centres, int k, int[] labels, double[] distances) {
        int chunks = (n + CHUNK - 1) / CHUNK;
        Pass total = new Pass(k, d);
        IntStream.range(0, chunks).parallel()
                .mapToObj(c -> assign(x, d, centres, k, labels, distances, c * CHUNK, Math.min(n, (c + 1) * CHUNK)))
                .toList().forEach(total::add);
        return total;
    }

    /** The mean over features of their variance (population), the scale of "a small move". */
    static double meanVariance(double[] x, int n, int d) {
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[i * d + j];
            }
            mean /= n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double diff = x[i * d + j] - mean;
                squares += diff * diff;
            }
            total += squares / n;
        }
        return total / d;
    }

    /** One chunk's assignment: labels and distances written in place, per-cluster sums returned. */
    private static Pass assign(double[] x, int d, double[] centres, int k, int[] labels, double[] distances, int from, int to) {
        Pass pass = new Pass(k, d);
        for (int i = from; i < to; i++) {
            int offset = i * d;
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double distance = squared(x, offset, centres, c * d, d);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            if (labels[i] != best) {
                labels[i] = best;
                pass.changed++;
            }
            distances[i] = bestDistance;
            pass.inertia += bestDistance;
            pass.counts[best]++;
            int sum = best * d;
            for (int j = 0; j < d; j++) {
                pass.sums[sum + j] += x[offset + j];
            }
        }
        return pass;
    }

    private static int farthest(double[] distances) {
        int far = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] > distances[far]) {
                far = i;
            }
        }
        return far;
    }

    static double squared(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = a[aOffset + j] - b[bOffset + j];
            sum += diff * diff;
        }
        return sum;
    }

    /** Sums of one pass (or chunk of it). */
    private static final class Pass {
        final double[] sums;
        final long[] counts;
        double inertia;
        long changed;

        Pass(int k, int d) {
            sums = new double[k * d];
            counts = new long[k];
        }

        void add(Pass other) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += other.sums[i];
            }
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            inertia += other.inertia;
            changed += other.changed;
        }
    }
}
