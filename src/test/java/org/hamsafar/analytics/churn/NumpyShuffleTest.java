package org.hamsafar.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The MT19937 generator and numpy's legacy permutation against known outputs. */
class NumpyShuffleTest {

    @Test
    void mersenneTwisterMatchesTheReferenceOutputs() {
        // init_genrand(5489) is the reference default seed: first output 3499211612 (mt19937ar.c,
        // also C++ std::mt19937's default); init_genrand(1) gives 1791095845 first.
        assertThat(new Mt19937(5489).nextUnsigned32()).isEqualTo(3_499_211_612L);
        assertThat(new Mt19937(1).nextUnsigned32()).isEqualTo(1_791_095_845L);
        // The 10,000th output of the default seed is 4123659995 (C++11 [rand.predef]).
        Mt19937 random = new Mt19937(5489);
        long last = 0;
        for (int i = 0; i < 10_000; i++) {
            last = random.nextUnsigned32();
        }
        assertThat(last).isEqualTo(4_123_659_995L);
    }

    @Test
    void permutationMatchesNumpyRandomStateOne() {
        // numpy.random.RandomState(1).permutation(10)
        assertThat(NumpyShuffle.permutation(1, 10)).containsExactly(2, 9, 6, 4, 0, 3, 1, 7, 8, 5);
    }

    @Test
    void shuffleSplitTakesTheTestRowsFromTheFrontOfThePermutation() {
        // train_test_split(range(10), test_size=0.2, random_state=1): test = [2, 9], train = the rest in order.
        RowSplit split = RowSplit.shuffled(10, 0.2, 1);
        assertThat(split.test()).containsExactly(2, 9);
        assertThat(split.train()).containsExactly(6, 4, 0, 3, 1, 7, 8, 5);
        // 0.2 x 7043 = 1408.6: ceil gives 1409 test rows, as scikit-learn.
        assertThat(RowSplit.shuffled(7043, 0.2, 1).test()).hasSize(1409);
    }

    @Test
    void shuffledFoldsAreConsecutiveRunsOfThePermutation() {
        // KFold(3, shuffle=True, random_state=1) on 10 rows: runs of 4, 3, 3 of [2, 9, 6, 4, 0, 3, 1, 7, 8, 5].
        Folds folds = Folds.shuffled(10, 3, 1);
        assertThat(folds.test(0)).containsExactly(2, 4, 6, 9);
        assertThat(folds.test(1)).containsExactly(0, 1, 3);
        assertThat(folds.test(2)).containsExactly(5, 7, 8);
    }

    @Test
    void stratifiedFoldsSpreadEachClassEvenly() {
        boolean[] labels = new boolean[103];
        for (int i = 0; i < 23; i++) {
            labels[i * 4] = true;
        }
        Folds folds = Folds.stratified(labels, 5, 7);
        for (int f = 0; f < 5; f++) {
            long positives = java.util.Arrays.stream(folds.test(f)).filter(i -> labels[i]).count();
            // 23 positives over 5 folds: 4 or 5 each; 80 negatives: 16 each.
            assertThat(positives).isBetween(4L, 5L);
            assertThat(folds.test(f).length - positives).isEqualTo(16);
        }
    }
}
