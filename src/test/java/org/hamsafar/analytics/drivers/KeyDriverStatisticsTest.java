package org.hamsafar.analytics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.hamsafar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Relative weights, standardised regression and correlations against cases computed by hand. */
class KeyDriverStatisticsTest {

    @Test
    void twoPredictorWeightsMatchTheClosedForm() {
        // r12 = 0.5, r1y = 0.6, r2y = 0.4. R = V diag(1.5, 0.5) V' with V = [1 1; 1 -1]/sqrt2, so
        // Lambda = R^(1/2) = [a b; b a], a = (sqrt1.5 + sqrt0.5)/2 = 0.965926, b = (sqrt1.5 - sqrt0.5)/2 = 0.258819.
        // beta = Lambda^-1 r = [a -b; -b a] r / (a^2 - b^2) = (0.579555 - 0.103528, 0.386370 - 0.155291) / 0.866025 = (0.549670, 0.266827).
        // eps1 = a^2 b1^2 + b^2 b2^2 = 0.933013 * 0.302137 + 0.066987 * 0.071197 = 0.286667;
        // eps2 = b^2 b1^2 + a^2 b2^2 = 0.066987 * 0.302137 + 0.933013 * 0.071197 = 0.086667;
        // R^2 = (r1y^2 + r2y^2 - 2 r1y r2y r12) / (1 - r12^2) = (0.36 + 0.16 - 0.24) / 0.75 = 0.373333 = eps1 + eps2.
        RelativeWeights.Result w = RelativeWeights.of(new Array2DRowRealMatrix(new double[][] {{1, 0.5}, {0.5, 1}}), new double[] {0.6, 0.4});

        assertThat(w.raw()[0]).isCloseTo(0.286667, within(1e-6));
        assertThat(w.raw()[1]).isCloseTo(0.086667, within(1e-6));
        assertThat(w.rSquared()).isCloseTo(0.373333, within(1e-6));
        assertThat(w.percent()[0]).isCloseTo(76.786, within(1e-3));
    }

    @Test
    void threeEquicorrelatedPredictorsMatchTheHandComputation() {
        // All r_ij = 0.3: eigenvalues 1.6 (vector (1,1,1)/sqrt3) and 0.7 twice, so
        // Lambda = sqrt0.7 I + (sqrt1.6 - sqrt0.7)/3 J = 0.836660 I + 0.142750 J (diagonal 0.979410, off-diagonal 0.142750),
        // Lambda^-1 = (1/sqrt0.7) I + (1/sqrt1.6 - 1/sqrt0.7)/3 J = 1.195229 I - 0.134887 J.
        // r_xy = (0.5, 0.4, 0.2), sum 1.1: beta_k = 1.195229 r_k - 0.148375 = (0.449239, 0.329716, 0.090671);
        // beta^2 = (0.201816, 0.108713, 0.008221). Lambda^2: diagonal 0.959244, off-diagonal 0.020378.
        // eps1 = 0.959244 * 0.201816 + 0.020378 * (0.108713 + 0.008221) = 0.195974
        // eps2 = 0.959244 * 0.108713 + 0.020378 * (0.201816 + 0.008221) = 0.108562
        // eps3 = 0.959244 * 0.008221 + 0.020378 * (0.201816 + 0.108713) = 0.014214;  sum 0.318750.
        // OLS: R^-1 = 1.428571 I - 0.267857 J, beta = R^-1 r = 1.428571 r - 0.294643 = (0.419643, 0.276786, -0.008929),
        // R^2 = beta . r = 0.209821 + 0.110714 - 0.001786 = 0.318750 (the same R^2, as it must be).
        // With n = 100 (df 96): SE = sqrt((1 - 0.31875)/96 * 1.160714) = 0.090757; t1 = 4.6238, p1 = 1.175e-5; t3 = -0.0984, p3 = 0.9218.
        Array2DRowRealMatrix r = new Array2DRowRealMatrix(new double[][] {{1, 0.3, 0.3}, {0.3, 1, 0.3}, {0.3, 0.3, 1}});
        double[] ry = {0.5, 0.4, 0.2};

        RelativeWeights.Result w = RelativeWeights.of(r, ry);
        StandardisedRegression.Result ols = StandardisedRegression.fit(r, ry, 100);

        assertThat(w.raw()).containsExactly(new double[] {0.195974, 0.108562, 0.014214}, within(1e-6));
        assertThat(w.rSquared()).isCloseTo(0.318750, within(1e-9));
        assertThat(Arrays.stream(w.percent()).sum()).isCloseTo(100, within(1e-9));
        assertThat(ols.rSquared()).isCloseTo(0.318750, within(1e-9));
        assertThat(ols.beta()).containsExactly(new double[] {0.419643, 0.276786, -0.008929}, within(1e-6));
        assertThat(ols.standardError()[0]).isCloseTo(0.090757, within(1e-6));
        assertThat(ols.pValue()[0]).isCloseTo(1.1749e-5, within(1e-8));
        assertThat(ols.pValue()[2]).isCloseTo(0.92184, within(1e-5));
        assertThat(ols.vif()[0]).isCloseTo(1.160714, within(1e-6));
        // A negative beta, yet a positive weight: relative weights never go below zero.
        assertThat(w.raw()[2]).isPositive();
    }

    @Test
    void uncorrelatedPredictorsWeighTheirSquaredCorrelations() {
        RelativeWeights.Result w = RelativeWeights.of(new Array2DRowRealMatrix(new double[][] {{1, 0}, {0, 1}}), new double[] {0.3, -0.5});

        assertThat(w.raw()).containsExactly(new double[] {0.09, 0.25}, within(1e-12));
    }

    @Test
    void pairwiseDeletionGivesEachPairItsOwnN() {
        // x = 1, 2, 3, 4, (missing); y = 2, 4, 5, 4, 5. The pair uses the first four rows: means 2.5 and 3.75,
        // Sxy = 2.625 - 0.125 + 0.625 + 0.375 = 3.5, Sxx = 5, Syy = 4.75, r = 3.5 / sqrt(23.75) = 0.718185.
        // r = 0.5 from 12 pairs: t = 0.5 * sqrt(10 / 0.75) = 1.825742 on 10 df, two-sided p = 0.097855.
        double nan = Double.NaN;
        double[][] rows = {{1, 2}, {2, 4}, {3, 5}, {4, 4}, {nan, 5}};

        PairwiseCorrelations.Result c = PairwiseCorrelations.of(rows, 2);

        assertThat(c.r()[0][1]).isCloseTo(0.718185, within(1e-6));
        assertThat(c.n()[0][1]).isEqualTo(4);
        assertThat(c.n()[1][1]).isEqualTo(5);
        assertThat(PairwiseCorrelations.pValue(0.5, 12)).isCloseTo(0.097855, within(1e-6));
    }

    @Test
    void constantAndCollinearDriversAreDroppedAndTheRestMatchLeastSquares() {
        // Outcome y and drivers a, b, c = a + b (an exact combination), d = 4 for everyone.
        SplittableRandom random = new SplittableRandom(11);
        int n = 60;
        double[][] rows = new double[n][5];
        double[] y = new double[n];
        double[][] x = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = 1 + random.nextInt(5);
            double b = 1 + random.nextInt(5);
            double outcome = Math.max(0, Math.min(10, Math.round(0.9 * a + 0.5 * b + random.nextGaussian() * 1.5)));
            rows[i] = new double[] {outcome, a, b, a + b, 4};
            y[i] = outcome;
            x[i] = new double[] {a, b};
        }
        List<KeyDriverModel.Scale> scales = List.of(new KeyDriverModel.Scale(0, 10), new KeyDriverModel.Scale(1, 5),
                new KeyDriverModel.Scale(1, 5), new KeyDriverModel.Scale(2, 10), new KeyDriverModel.Scale(1, 5));

        KeyDriverModel.Fit fit = KeyDriverModel.fit(rows, scales);

        assertThat(fit.dropped()).extracting(DriverScreen.Dropped::index, DriverScreen.Dropped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "collinear"), org.assertj.core.groups.Tuple.tuple(3, "constant"));
        assertThat(fit.dropped().get(0).with()).containsExactly(0, 1);
        assertThat(fit.drivers()).extracting(KeyDriverModel.DriverFit::column).containsExactly(1, 2);
        // R^2 of an independent least-squares fit (commons-math QR) on the kept drivers equals the weights' sum.
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        assertThat(fit.rSquared()).isCloseTo(ols.calculateRSquared(), within(1e-10));
        assertThat(fit.drivers().stream().mapToDouble(KeyDriverModel.DriverFit::rawWeight).sum()).isCloseTo(fit.rSquared(), within(1e-12));
        assertThat(fit.drivers().get(0).percentWeight()).isGreaterThan(fit.drivers().get(1).percentWeight());
        assertThat(fit.complete()).isEqualTo(n);
    }

    @Test
    void tooFewCompleteResponsesSayHowManyAreNeeded() {
        double[][] rows = new double[12][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 11, 1 + i % 5, 1 + (i * 3) % 5, 1 + (i * 7) % 5};
        }
        List<KeyDriverModel.Scale> scales = List.of(new KeyDriverModel.Scale(0, 10), new KeyDriverModel.Scale(1, 5),
                new KeyDriverModel.Scale(1, 5), new KeyDriverModel.Scale(1, 5));

        assertThatThrownBy(() -> KeyDriverModel.fit(rows, scales)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only 12 responses").hasMessageContaining("at least 13");
    }

    @Test
    void quadrantsSplitAtTheAverages() {
        assertThat(Quadrant.of(true, false)).isEqualTo(Quadrant.IMPROVE);
        assertThat(Quadrant.of(true, true)).isEqualTo(Quadrant.MAINTAIN);
        assertThat(Quadrant.of(false, true)).isEqualTo(Quadrant.SURPLUS);
        assertThat(Quadrant.of(false, false)).isEqualTo(Quadrant.MONITOR);
    }
}
