package org.hamsafar.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The Newton fit against cases solved by hand. */
class LogisticRegressionTest {

    /**
     * One binary feature, no penalty: the model is saturated, so the fitted probabilities equal the
     * observed rates. x = 0: 2 of 8 positive, x = 1: 6 of 8. Intercept = logit(2/8) = ln(1/3) =
     * -1.0986123; slope = logit(6/8) - logit(2/8) = ln 3 - ln(1/3) = 2 ln 3 = 2.1972246.
     */
    @Test
    void unpenalisedFitOfATwoByTwoTableIsTheLogOddsRatio() {
        double[][] x = new double[16][1];
        boolean[] y = new boolean[16];
        for (int i = 0; i < 16; i++) {
            x[i][0] = i < 8 ? 0 : 1;
            y[i] = i < 8 ? i < 2 : i < 14;
        }
        int[] rows = java.util.stream.IntStream.range(0, 16).toArray();
        Standardisation raw = Standardisation.fit(x, rows, new boolean[] {false});

        LogisticFit fit = LogisticRegression.fit(x, y, rows, raw, Double.POSITIVE_INFINITY, null);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isCloseTo(Math.log(1.0 / 3), within(1e-8));
        assertThat(fit.weights()[0]).isCloseTo(2 * Math.log(3), within(1e-8));
    }

    /**
     * x = +1 on ten rows (8 positive), x = -1 on ten rows (2 positive), C = 1. By symmetry the
     * intercept is 0; the x rows are already standardised (mean 0, population sd 1). The gradient in
     * w is 10 s(w) - 8 from each half plus w / C, so w solves 20 s(w) + w = 16 (s the logistic
     * function): bisection gives w = 1.0779360 (at w = 1.078, 20 x 0.746113 + 1.078 = 16.0003).
     */
    @Test
    void penalisedFitSolvesTheStationaryEquation() {
        double[][] x = new double[20][1];
        boolean[] y = new boolean[20];
        for (int i = 0; i < 20; i++) {
            x[i][0] = i < 10 ? 1 : -1;
            y[i] = i < 10 ? i < 8 : i < 12;
        }
        int[] rows = java.util.stream.IntStream.range(0, 20).toArray();
        Standardisation columns = Standardisation.fit(x, rows);
        assertThat(columns.center()[0]).isCloseTo(0, within(1e-12));
        assertThat(columns.scale()[0]).isCloseTo(1, within(1e-12));

        LogisticFit fit = LogisticRegression.fit(x, y, rows, columns, 1, null);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isCloseTo(0, within(1e-9));
        assertThat(fit.weights()[0]).isCloseTo(1.0779360342, within(1e-8));
    }

    @Test
    void separableDataWithoutPenaltyIsReportedAsNotConverged() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        boolean[] y = {false, false, true, true};
        int[] rows = {0, 1, 2, 3};

        LogisticFit fit = LogisticRegression.fit(x, y, rows, Standardisation.fit(x, rows), Double.POSITIVE_INFINITY, null);

        assertThat(fit.converged()).isFalse();
    }

    @Test
    void constantColumnsAreDroppedAndReported() {
        double[][] x = {{1, 5}, {2, 5}, {3, 5}};
        Standardisation columns = Standardisation.fit(x, new int[] {0, 1, 2});
        assertThat(columns.kept()).containsExactly(0);
        assertThat(columns.dropped()).containsExactly(1);
        // mean 2, population sd sqrt(2/3)
        assertThat(columns.scale()[0]).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
    }
}
