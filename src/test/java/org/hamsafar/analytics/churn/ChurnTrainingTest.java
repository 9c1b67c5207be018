package org.hamsafar.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.JobProgress;
import org.junit.jupiter.api.Test;

/** Choosing C, degenerate data and what a training reports, without the store. */
class ChurnTrainingTest {
    private static final ChurnTraining.Options CHOOSE_C = new ChurnTraining.Options(null, 5, 1, 200_000);

    /**
     * Four values of C with mean AUCs 0.80, 0.83, 0.84, 0.835; the best (0.84) has sd 0.02 over 4
     * folds, a standard error of 0.02 / 2 = 0.01: the smallest C at or above 0.83 is the second.
     */
    @Test
    void oneStandardErrorRuleTakesTheStrongestPenaltyWithinNoise() {
        List<CrossValidatedAuc> results = List.of(cv(0.80, 0.02), cv(0.83, 0.02), cv(0.84, 0.02), cv(0.835, 0.02));

        assertThat(ChurnTraining.oneStandardError(results)).isEqualTo(1);
        assertThat(ChurnTraining.oneStandardError(List.of(cv(0.70, 0.0), cv(0.71, 0.0)))).isEqualTo(1);
    }

    @Test
    void oneClassOnlyOrTooFewCustomersFailsNamingTheMinimum() {
        double[][] x = rows(200, 3, 1);
        boolean[] allStayed = new boolean[200];
        boolean[] fewChurned = new boolean[200];
        for (int i = 0; i < 9; i++) {
            fewChurned[i] = true;
        }

        assertThatThrownBy(() -> ChurnTraining.train(List.of("a", "b", "c"), x, allStayed, CHOOSE_C, JobProgress.NONE))
                .isInstanceOf(AnalysisFailure.class).hasMessageContaining("0 churned, 200 stayed").hasMessageContaining("10 of each");
        assertThatThrownBy(() -> ChurnTraining.train(List.of("a", "b", "c"), x, fewChurned, CHOOSE_C, JobProgress.NONE))
                .isInstanceOf(AnalysisFailure.class).hasMessageContaining("9 churned");
        assertThatThrownBy(() -> ChurnTraining.train(List.of("a", "b", "c"), rows(40, 3, 1), new boolean[40], CHOOSE_C, JobProgress.NONE))
                .isInstanceOf(AnalysisFailure.class).hasMessageContaining("at least 50");
    }

    @Test
    void aTrainingReportsItsQualityAndDropsConstantColumns() {
        // churn follows column a (log-odds 2a), b is noise, c is constant
        int n = 2000;
        double[][] x = rows(n, 3, 5);
        boolean[] churned = new boolean[n];
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            x[i][2] = 4;
            churned[i] = random.nextDouble() < LogisticFit.sigmoid(2 * x[i][0]);
        }

        ChurnTraining.Trained model = ChurnTraining.train(List.of("a", "b", "c"), x, churned, CHOOSE_C, JobProgress.NONE);

        assertThat(model.droppedNames()).containsExactly("c");
        assertThat(model.keptNames()).containsExactly("a", "b");
        assertThat(model.grid()).hasSize(ChurnTraining.C_GRID.length);
        // a fifth of each class, rounded up
        assertThat(model.holdoutRows()).isBetween(400, 401);
        // the true model's AUC with log-odds 2a, a standard normal, is about 0.83
        assertThat(model.cvAucMean()).isBetween(0.78, 0.88);
        assertThat(model.holdoutAuc()).isBetween(0.75, 0.9);
        assertThat(model.fit().weights()[0]).isGreaterThan(1.0);
        assertThat(Math.abs(model.fit().weights()[1])).isLessThan(0.2);
        List<RiskFactors.Factor> factors = RiskFactors.top(model, new double[] {2, 0, 4}, 3);
        assertThat(factors).hasSize(2);
        assertThat(factors.get(0).feature()).isEqualTo("a");
        assertThat(factors.get(0).contribution()).isGreaterThan(0);
    }

    private static CrossValidatedAuc cv(double mean, double sd) {
        return new CrossValidatedAuc(new double[4], mean, sd, true);
    }

    private static double[][] rows(int n, int p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }
}
