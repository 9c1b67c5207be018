package org.hamsafar.analytics.experiments;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for m comparisons (Holm 1979): with the p-values sorted
 * ascending, p̃₍ᵢ₎ = max over j ≤ i of min(1, (m - j + 1)·p₍ⱼ₎). Rejecting where p̃ &lt; alpha controls
 * the family-wise error rate at alpha, and never rejects less than Bonferroni.
 */
final class HolmAdjustment {
    private HolmAdjustment() {
    }

    /** The adjusted p-values, in the order given. */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
