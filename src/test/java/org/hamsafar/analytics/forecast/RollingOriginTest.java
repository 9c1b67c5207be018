package org.hamsafar.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RollingOriginTest {

    /*
     * y = 1, 2, 4, 7, 11, 16 with the naive forecast (every step ahead = last observed value),
     * horizon 2, 3 origins, at least 2 observations to fit: origins o = 6 − 2 − i = 4, 3, 2.
     *   o=2 (train 1, 2):        forecasts 2, 2   actual 4, 7    errors 2, 5
     *   o=3 (train 1, 2, 4):     forecasts 4, 4   actual 7, 11   errors 3, 7
     *   o=4 (train .., 7):       forecasts 7, 7   actual 11, 16  errors 4, 9
     * MAE = 30/6 = 5;  RMSE = √((4+25+9+49+16+81)/6) = √(184/6);
     * MAPE = 100/6 (2/4 + 5/7 + 3/7 + 7/11 + 4/11 + 9/16);
     * sMAPE = 200/6 (2/6 + 5/9 + 3/11 + 7/15 + 4/18 + 9/23);  step 1: MAE (2+3+4)/3 = 3, step 2: (5+7+9)/3 = 7.
     */
    @Test
    void naiveForecastErrorsMatchTheHandComputation() {
        double[] y = {1, 2, 4, 7, 11, 16};
        RollingOrigin.Outcome outcome = RollingOrigin.evaluate(y, 2, 3, 2, (training, h) -> {
            double[] out = new double[h];
            java.util.Arrays.fill(out, training[training.length - 1]);
            return out;
        });

        assertThat(outcome.origins()).isEqualTo(3);
        assertThat(outcome.overall().count()).isEqualTo(6);
        assertThat(outcome.overall().mae()).isEqualTo(5.0);
        assertThat(outcome.overall().rmse()).isCloseTo(Math.sqrt(184.0 / 6), within(1e-12));
        assertThat(outcome.overall().mape()).isCloseTo(100.0 / 6 * (2.0 / 4 + 5.0 / 7 + 3.0 / 7 + 7.0 / 11 + 4.0 / 11 + 9.0 / 16), within(1e-9));
        assertThat(outcome.overall().smape()).isCloseTo(200.0 / 6 * (2.0 / 6 + 5.0 / 9 + 3.0 / 11 + 7.0 / 15 + 4.0 / 18 + 9.0 / 23),
                within(1e-9));
        assertThat(outcome.byStep()[0].mae()).isEqualTo(3.0);
        assertThat(outcome.byStep()[1].mae()).isEqualTo(7.0);
    }

    @Test
    void noOriginWhenTheSeriesCannotHoldTrainingAndHorizon() {
        assertThat(RollingOrigin.possibleOrigins(16, 2, 5, 15)).isZero();
        assertThat(RollingOrigin.possibleOrigins(18, 2, 5, 15)).isEqualTo(2);
    }

    @Test
    void zeroActualsAreLeftOutOfMapeButNotOfMae() {
        ForecastErrors.Tally tally = new ForecastErrors.Tally();
        tally.add(0, 2);
        tally.add(4, 2);
        ForecastErrors errors = tally.errors();
        assertThat(errors.mae()).isEqualTo(2.0);
        assertThat(errors.mape()).isEqualTo(50.0);
        // sMAPE: 200·2/2 = 200 and 200·2/6 = 66.67, mean 133.33
        assertThat(errors.smape()).isCloseTo((200 + 200.0 / 3) / 2, within(1e-9));
    }
}
