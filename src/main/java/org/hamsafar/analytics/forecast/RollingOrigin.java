package org.hamsafar.analytics.forecast;

import java.util.Arrays;

/**
 * Evaluation on a rolling forecasting origin (FPP3 §5.10, "time series cross-validation"): for
 * each origin o the model is fitted to the first o observations only and forecasts the next
 * {@code horizon} periods, which are compared with what was observed. Origins are the last
 * {@code origins} positions that leave a full horizon after them, one period apart, and none holds
 * fewer than {@code minimumTraining} observations: o = n − horizon − i for i = 0..origins−1.
 */
final class RollingOrigin {
    private RollingOrigin() {
    }

    /** Fits to a training series and returns its point forecasts for 1..horizon periods ahead. */
    @FunctionalInterface
    interface Forecaster {
        double[] forecast(double[] training, int horizon);
    }

    /**
     * The outcome: the origins used, the errors over every (origin, step) pair with an observed
     * actual (null when there were none), and the errors per step ahead (index h−1).
     */
    record Outcome(int origins, int horizon, ForecastErrors overall, ForecastErrors[] byStep) {
    }

    /** How many origins a series of length n allows (0: no backtest is possible). */
    static int possibleOrigins(int n, int horizon, int origins, int minimumTraining) {
        return Math.max(0, Math.min(origins, n - horizon - minimumTraining + 1));
    }

    static Outcome evaluate(double[] y, int horizon, int origins, int minimumTraining, Forecaster forecaster) {
        int used = possibleOrigins(y.length, horizon, origins, minimumTraining);
        ForecastErrors.Tally overall = new ForecastErrors.Tally();
        ForecastErrors.Tally[] steps = new ForecastErrors.Tally[horizon];
        Arrays.setAll(steps, h -> new ForecastErrors.Tally());
        for (int i = used - 1; i >= 0; i--) {
            int origin = y.length - horizon - i;
            double[] forecasts = forecaster.forecast(Arrays.copyOf(y, origin), horizon);
            for (int h = 1; h <= horizon; h++) {
                overall.add(y[origin + h - 1], forecasts[h - 1]);
                steps[h - 1].add(y[origin + h - 1], forecasts[h - 1]);
            }
        }
        ForecastErrors[] byStep = new ForecastErrors[horizon];
        for (int h = 0; h < horizon; h++) {
            byStep[h] = steps[h].errors();
        }
        return new Outcome(used, horizon, overall.errors(), byStep);
    }
}
