package org.hamsafar.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoltWintersTest {
    private static final ModelSpec ADDITIVE_2 = new ModelSpec(SeasonalForm.ADDITIVE, 2);
    private static final ModelSpec MULTIPLICATIVE_12 = new ModelSpec(SeasonalForm.MULTIPLICATIVE, 12);
    private static final ModelSpec ADDITIVE_12 = new ModelSpec(SeasonalForm.ADDITIVE, 12);

    /*
     * A season of m = 2 over y = 10, 20, 14, 24, 18 (two full seasons + 1), additive, α = β = γ = 0.5.
     *
     * Start (first two seasons 10, 20, 14, 24):
     *   centred 2×2 moving average: t=1 (0.5·10 + 20 + 0.5·14)/2 = 16;  t=2 (0.5·20 + 14 + 0.5·24)/2 = 18
     *   detrended: t=1 (position 1) 20 − 16 = 4;  t=2 (position 0) 14 − 18 = −4;  mean 0, so s = [−4, 4]
     *   line through 16, 18 at x = 1, 2: slope b = 2, intercept ℓ = 14
     * Fit from t = 2:
     *   t=2  s=−4  ŷ = 14 + 2 − 4 = 12      e = 2       ℓ = .5(14+4) + .5(16) = 17          b = .5(3) + .5(2) = 2.5
     *        s' = .5(14 − 17) + .5(−4) = −3.5
     *   t=3  s=4   ŷ = 17 + 2.5 + 4 = 23.5  e = 0.5     ℓ = .5(24−4) + .5(19.5) = 19.75     b = .5(2.75) + .5(2.5) = 2.625
     *        s' = .5(24 − 19.75) + .5(4) = 4.125
     *   t=4  s=−3.5 ŷ = 19.75 + 2.625 − 3.5 = 18.875  e = −0.875
     *        ℓ = .5(18+3.5) + .5(22.375) = 21.9375   b = .5(2.1875) + .5(2.625) = 2.40625   s' = .5(18 − 21.9375) + .5(−3.5) = −3.71875
     *   SSE = 4 + 0.25 + 0.765625 = 5.015625
     * Forecasts: h=1 (season 4.125) 21.9375 + 2.40625 + 4.125 = 28.46875;  h=2 21.9375 + 4.8125 − 3.71875 = 23.03125
     */
    @Test
    void twoSeasonAdditiveCaseMatchesTheHandComputation() {
        double[] y = {10, 20, 14, 24, 18};
        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(y, ADDITIVE_2, new Smoothing(0.5, 0.5, 0.5));

        assertThat(model.start().level()).isEqualTo(14.0);
        assertThat(model.start().trend()).isEqualTo(2.0);
        assertThat(model.start().season()).containsExactly(-4.0, 4.0);
        assertThat(model.run().fitted()).containsExactly(Double.NaN, Double.NaN, 12.0, 23.5, 18.875);
        assertThat(model.run().sse()).isEqualTo(5.015625);
        assertThat(model.run().level()).isEqualTo(21.9375);
        assertThat(model.run().trend()).isEqualTo(2.40625);
        assertThat(model.run().nextSeason()).containsExactly(4.125, -3.71875);
        assertThat(model.run().forecast(1, SeasonalForm.ADDITIVE)).isEqualTo(28.46875);
        assertThat(model.run().forecast(2, SeasonalForm.ADDITIVE)).isEqualTo(23.03125);
    }

    /*
     * σ² = 5.015625 / 3 = 1.671875. State space weights: α = 0.5, β = αβ* = 0.25, γ = γ*(1 − α) = 0.25, m = 2.
     * h = 3, k = ⌊2/2⌋ = 1:  (h−1){α² + αβh + β²h(2h−1)/6} = 2{0.25 + 0.375 + 0.15625} = 1.5625
     *                        γk{2α + γ + βm(k+1)} = 0.25{1 + 0.25 + 1} = 0.5625      factor = 3.125
     * The same from the error weights c_j = α + βj (+ γ when m divides j): c_1 = 0.75, c_2 = 1.25, 1 + 0.5625 + 1.5625 = 3.125.
     */
    @Test
    void additiveIntervalsFollowFppTable() {
        Smoothing w = new Smoothing(0.5, 0.5, 0.5);
        assertThat(PredictionIntervals.varianceFactor(w, 2, 1)).isEqualTo(1.0);
        assertThat(PredictionIntervals.varianceFactor(w, 2, 3)).isEqualTo(3.125);

        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(new double[] {10, 20, 14, 24, 18}, ADDITIVE_2, w);
        PredictionIntervals.Bounds bounds = PredictionIntervals.closedForm(model, 3, 0.95);
        double half = 1.959963984540054 * Math.sqrt(1.671875 * 3.125);
        double point = 21.9375 + 3 * 2.40625 + 4.125;
        assertThat(bounds.lower()[2]).isCloseTo(point - half, within(1e-9));
        assertThat(bounds.upper()[2]).isCloseTo(point + half, within(1e-9));
    }

    @Test
    void simulatedIntervalsAgreeWithTheClosedFormForTheAdditiveModel() {
        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(AirPassengers.MONTHLY, ADDITIVE_12, new Smoothing(0.25, 0.03, 0.6));
        PredictionIntervals.Bounds exact = PredictionIntervals.closedForm(model, 24, 0.9);
        PredictionIntervals.Bounds simulated = PredictionIntervals.simulated(model, 24, 0.9, 20_000);
        for (int h : new int[] {1, 6, 13, 24}) {
            double width = exact.upper()[h - 1] - exact.lower()[h - 1];
            assertThat(simulated.upper()[h - 1] - simulated.lower()[h - 1]).as("width at h=%d", h).isCloseTo(width, within(0.04 * width));
        }
    }

    /*
     * Published: R 4.x stats::HoltWinters(AirPassengers, seasonal = "multiplicative") prints
     * alpha 0.2755925, beta 0.03269295, gamma 0.8707292 and the final coefficients
     * a 469.3232206, b 3.0215391, s1..s12 0.9464611 0.8829239 0.9717369 1.0304825 1.0476884 1.1805272
     * 1.3590778 1.3331706 1.1083381 0.9868813 0.8361333 0.9209877; forecast::accuracy of its fitted
     * values: RMSE 11.20429, MAE 8.393662, MAPE 3.019525 (132 months from 1950).
     */
    @Test
    void reproducesThePublishedMultiplicativeAirPassengersRun() {
        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(AirPassengers.MONTHLY, MULTIPLICATIVE_12,
                new Smoothing(0.2755925, 0.03269295, 0.8707292));

        assertThat(model.run().level()).isCloseTo(469.3232206, within(1e-4));
        assertThat(model.run().trend()).isCloseTo(3.0215391, within(1e-5));
        assertThat(model.run().nextSeason()).containsExactly(new double[] {0.9464611, 0.8829239, 0.9717369, 1.0304825, 1.0476884,
                1.1805272, 1.3590778, 1.3331706, 1.1083381, 0.9868813, 0.8361333, 0.9209877}, within(1e-6));
        ForecastErrors.Tally tally = new ForecastErrors.Tally();
        for (int t = 12; t < 144; t++) {
            tally.add(AirPassengers.MONTHLY[t], model.run().fitted()[t]);
        }
        ForecastErrors errors = tally.errors();
        assertThat(errors.count()).isEqualTo(132);
        assertThat(errors.rmse()).isCloseTo(11.20429, within(1e-4));
        assertThat(errors.mae()).isCloseTo(8.393662, within(1e-5));
        assertThat(errors.mape()).isCloseTo(3.019525, within(1e-5));
    }

    /*
     * Published: stats::HoltWinters(AirPassengers) (additive): alpha 0.2479595, beta 0.03453373, gamma 1;
     * a 477.827781, b 3.127627, s1..s12 -27.457685 -54.692464 -20.174608 12.919120 18.873607 75.294426
     * 152.888368 134.613464 33.778349 -18.379060 -87.772408 -45.827781.
     */
    @Test
    void reproducesThePublishedAdditiveAirPassengersRun() {
        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(AirPassengers.MONTHLY, ADDITIVE_12, new Smoothing(0.2479595, 0.03453373, 1));

        assertThat(model.run().level()).isCloseTo(477.827781, within(1e-3));
        assertThat(model.run().trend()).isCloseTo(3.127627, within(1e-5));
        assertThat(model.run().nextSeason()).containsExactly(new double[] {-27.457685, -54.692464, -20.174608, 12.919120, 18.873607,
                75.294426, 152.888368, 134.613464, 33.778349, -18.379060, -87.772408, -45.827781}, within(1e-3));
    }

    @Test
    void fittingFindsWeightsAtLeastAsGoodAsThePublishedOnes() {
        double published = HoltWintersFit.withWeights(AirPassengers.MONTHLY, MULTIPLICATIVE_12,
                new Smoothing(0.2755925, 0.03269295, 0.8707292)).run().sse();

        HoltWintersFit.Fitted fitted = HoltWintersFit.fit(AirPassengers.MONTHLY, MULTIPLICATIVE_12);

        assertThat(published).isCloseTo(132 * 11.20429 * 11.20429, within(0.5));
        assertThat(fitted.run().sse()).isLessThanOrEqualTo(published * (1 + 1e-6));
        assertThat(fitted.weights().alpha()).isCloseTo(0.2755925, within(1e-3));
        assertThat(fitted.weights().beta()).isCloseTo(0.03269295, within(1e-3));
        assertThat(fitted.weights().gamma()).isCloseTo(0.8707292, within(1e-3));
        HoltWintersFit.Fitted additive = HoltWintersFit.fit(AirPassengers.MONTHLY, ADDITIVE_12);
        assertThat(additive.weights().alpha()).isCloseTo(0.2479595, within(1e-3));
        assertThat(additive.weights().beta()).isCloseTo(0.03453373, within(1e-3));
        assertThat(additive.weights().gamma()).isEqualTo(1.0);
    }

    @Test
    void aSeriesShorterThanTwoSeasonsPlusOneIsRefusedWithTheMinimum() {
        assertThatThrownBy(() -> HoltWintersFit.fit(new double[14], new ModelSpec(SeasonalForm.ADDITIVE, 7)))
                .isInstanceOf(ForecastFailure.class).hasMessageContaining("at least 15");
    }

    @Test
    void aMissingObservationCarriesTheStatesOnWithoutAnError() {
        double[] y = {10, 20, 14, 24, Double.NaN};
        HoltWintersFit.Fitted model = HoltWintersFit.withWeights(y, ADDITIVE_2, new Smoothing(0.5, 0.5, 0.5));
        // After t = 3 (ℓ 19.75, b 2.625, season of t=4 −3.5): ŷ = 18.875 stands in for y, so ℓ = 22.375, b = 2.625, s = −3.5.
        assertThat(model.run().errors()).isEqualTo(2);
        assertThat(model.run().sse()).isEqualTo(4.25);
        assertThat(model.run().level()).isEqualTo(22.375);
        assertThat(model.run().trend()).isEqualTo(2.625);
        assertThat(model.run().nextSeason()).containsExactly(4.125, -3.5);
    }
}
