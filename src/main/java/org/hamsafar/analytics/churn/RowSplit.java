package org.hamsafar.analytics.churn;

import java.util.Arrays;

/**
 * Rows of a data set split in two: {@code train} and {@code test} hold row numbers of the whole (or of
 * an earlier split's part), in the order the split produced them.
 */
record RowSplit(int[] train, int[] test) {

    /**
     * scikit-learn's {@code train_test_split(test_size=testFraction, random_state=seed)} (a
     * {@code ShuffleSplit}): with p the numpy permutation of 0..n-1, the test rows are p[0, nTest) and
     * the training rows p[nTest, n), where nTest = ceil(testFraction * n).
     */
    static RowSplit shuffled(int n, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1)");
        }
        int nTest = (int) Math.ceil(testFraction * n);
        int[] p = NumpyShuffle.permutation(seed, n);
        return new RowSplit(Arrays.copyOfRange(p, nTest, n), Arrays.copyOfRange(p, 0, nTest));
    }

    /** This split taken through {@code rows}: positions become the rows they stand for. */
    RowSplit of(int[] rows) {
        return new RowSplit(Arrays.stream(train).map(i -> rows[i]).toArray(), Arrays.stream(test).map(i -> rows[i]).toArray());
    }
}
