package org.hamsafar.analytics.churn;

/**
 * The permutation that numpy's legacy {@code RandomState(seed).permutation(n)} returns, which is what
 * scikit-learn's {@code train_test_split(random_state=seed)} and {@code KFold(shuffle=True)} use: a
 * Fisher-Yates shuffle of 0..n-1 from the last element down, each swap partner drawn by
 * {@code random_interval(i)}: 32-bit outputs masked to the smallest all-ones mask covering {@code i},
 * redrawn while above {@code i} (rejection sampling, so the draw is exactly uniform).
 */
final class NumpyShuffle {
    private NumpyShuffle() {
    }

    /** A permutation of 0..n-1, identical to numpy's for the same seed (n below 2^31, so 32-bit draws suffice). */
    static int[] permutation(long seed, int n) {
        Mt19937 random = new Mt19937(seed);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = interval(random, i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** A uniform integer in 0..max ({@code random_interval} for max below 2^32). */
    static int interval(Mt19937 random, int max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = random.nextUnsigned32() & mask;
        } while (value > max);
        return (int) value;
    }
}
