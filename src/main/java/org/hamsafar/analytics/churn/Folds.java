package org.hamsafar.analytics.churn;

import java.util.SplittableRandom;

/**
 * An assignment of n positions to k folds for cross-validation: {@code fold[i]} is the fold that
 * position i is held out in.
 */
record Folds(int k, int[] fold) {

    Folds {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
    }

    /**
     * scikit-learn's {@code KFold(n_splits=k, shuffle=True, random_state=seed)}: the numpy permutation
     * of 0..n-1 cut into k consecutive runs, the first n mod k of them one longer.
     */
    static Folds shuffled(int n, int k, long seed) {
        int[] order = NumpyShuffle.permutation(seed, n);
        int[] fold = new int[n];
        int start = 0;
        for (int f = 0; f < k; f++) {
            int size = n / k + (f < n % k ? 1 : 0);
            for (int i = start; i < start + size; i++) {
                fold[order[i]] = f;
            }
            start += size;
        }
        return new Folds(k, fold);
    }

    /**
     * Stratified folds: the positives and the negatives are each shuffled and dealt round-robin, so
     * every fold holds within one of n/k of each class.
     */
    static Folds stratified(boolean[] labels, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[labels.length];
        for (boolean cls : new boolean[] {true, false}) {
            int[] members = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == cls).toArray();
            for (int i = members.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
            }
            for (int i = 0; i < members.length; i++) {
                fold[members[i]] = i % k;
            }
        }
        return new Folds(k, fold);
    }

    /** The positions held out in fold {@code f}, ascending. */
    int[] test(int f) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] == f).toArray();
    }

    /** The positions trained on when fold {@code f} is held out, ascending. */
    int[] train(int f) {
        return java.util.stream.IntStream.range(0, fold.length).filter(i -> fold[i] != f).toArray();
    }
}
