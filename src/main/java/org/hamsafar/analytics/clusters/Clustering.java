package org.hamsafar.analytics.clusters;

import java.util.List;

/**
 * k-means++ with k chosen by the mean silhouette on standardised points, as the {@code clusters}
 * job runs it ({@link KChoice}: k chosen on up to 100,000 points, silhouettes on 5,000), for callers
 * outside the job such as the benchmark tool.
 */
public final class Clustering {
    private Clustering() {
    }

    /** The chosen k, its silhouette, each point's cluster (0..k-1), and the silhouette and iterations of every k tried. */
    public record Outcome(int k, double silhouette, int[] labels, List<Double> silhouetteByK, List<Integer> iterationsByK) {
    }

    /** Clusters the {@code n × d} points of {@code x} (row-major), trying k from {@code kMin} to {@code kMax}. */
    public static Outcome cluster(double[] x, int n, int d, int kMin, int kMax, int restarts, long seed) {
        KChoice.Choice choice = KChoice.choose(x, n, d, new KChoice.Settings(kMin, kMax, restarts, ClusterAnalysis.MAX_ITERATIONS,
                ClusterAnalysis.FIT_SAMPLE, ClusterAnalysis.SILHOUETTE_SAMPLE, seed), (done, all) -> { });
        if (choice.fit() == null) {
            throw new IllegalArgumentException("the points coincide: no clustering into two or more clusters");
        }
        return new Outcome(choice.fit().k(), choice.silhouette(), choice.fit().labels(),
                choice.candidates().stream().map(KChoice.Candidate::silhouette).toList(),
                choice.candidates().stream().map(KChoice.Candidate::iterations).toList());
    }
}
