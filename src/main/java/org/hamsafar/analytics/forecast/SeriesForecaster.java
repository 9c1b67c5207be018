package org.hamsafar.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chooses, fits and checks a Holt-Winters model for one series: the candidates the request allows
 * are fitted, the one with the lowest AIC over the periods all of them fit is kept, its forecasts
 * get prediction intervals, a rolling-origin backtest measures how well the same model would have
 * forecast the recent past, and unexpected periods are flagged.
 *
 * <p>AIC = N·ln(SSE/N) + 2k over the N observed periods from the latest first fitted period of the
 * candidates, with k the weights plus the start values (level, trend and m seasonal indices): the
 * Gaussian likelihood of Hyndman et al. (2008) §7.1 up to a constant. Additive and multiplicative
 * models of the same period have equal k, so between them the smaller SSE wins.
 */
final class SeriesForecaster {
    private SeriesForecaster() {
    }

    /** What to fit: the seasonal period (null: choose between {@code autoPeriod} and none), the forms allowed, and the outputs' settings. */
    record Plan(Integer period, boolean autoSeason, int autoPeriod, List<SeasonalForm> forms, int horizon, double level,
                double anomalyLevel, int backtestOrigins) {
    }

    /** A candidate model and its AIC (null when it could not be fitted, then {@code note} says why). */
    record Candidate(ModelSpec spec, Double aic, String note) {
    }

    record Result(HoltWintersFit.Fitted model, double[] forecast, PredictionIntervals.Bounds bounds, RollingOrigin.Outcome backtest,
                  String backtestNote, List<AnomalyFlags.Flag> anomalies, List<Candidate> candidates, String seasonNote) {
    }

    static Result forecast(double[] y, Plan plan) {
        List<ModelSpec> specs = new ArrayList<>();
        String seasonNote = null;
        boolean allPositive = Arrays.stream(y).filter(v -> !Double.isNaN(v)).allMatch(v -> v > 0);
        List<SeasonalForm> forms = plan.forms().stream()
                .filter(f -> f != SeasonalForm.MULTIPLICATIVE || allPositive || plan.forms().size() == 1).toList();
        boolean maySeason = plan.autoSeason() || plan.period() != null && plan.period() > 0;
        if (maySeason && forms.contains(SeasonalForm.MULTIPLICATIVE) && !allPositive) {
            throw new ForecastFailure(ForecastFailure.Reason.UNSUITABLE,
                    "the multiplicative model needs every value above zero; this series has zeros or negative values");
        }
        Integer period = plan.period();
        if (plan.autoSeason()) {
            if (y.length >= 2 * plan.autoPeriod() + 1) {
                period = plan.autoPeriod();
            } else {
                seasonNote = "a season of " + plan.autoPeriod() + " periods needs at least " + (2 * plan.autoPeriod() + 1)
                        + " periods of history; fitted without a season";
            }
            specs.add(ModelSpec.trendOnly());
        }
        if (period != null && period > 0) {
            for (SeasonalForm form : forms) {
                specs.add(new ModelSpec(form, period));
            }
        } else if (!plan.autoSeason()) {
            specs.add(ModelSpec.trendOnly());
        }
        List<HoltWintersFit.Fitted> fitted = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        ForecastFailure lastFailure = null;
        for (ModelSpec spec : specs) {
            try {
                fitted.add(HoltWintersFit.fit(y, spec));
            } catch (ForecastFailure e) {
                if (specs.size() == 1) {
                    throw e;
                }
                lastFailure = e;
                candidates.add(new Candidate(spec, null, e.getMessage()));
            }
        }
        if (fitted.isEmpty()) {
            throw lastFailure;
        }
        int from = fitted.stream().mapToInt(f -> f.start().firstFitted()).max().orElseThrow();
        HoltWintersFit.Fitted best = null;
        double bestAic = Double.POSITIVE_INFINITY;
        for (HoltWintersFit.Fitted f : fitted) {
            double aic = aic(y, f, from);
            candidates.add(new Candidate(f.spec(), Double.isFinite(aic) ? aic : null, null));
            if (best == null || aic < bestAic) {
                best = f;
                bestAic = aic;
            }
        }
        double[] points = new double[plan.horizon()];
        for (int h = 1; h <= plan.horizon(); h++) {
            points[h - 1] = best.run().forecast(h, best.spec().form());
        }
        PredictionIntervals.Bounds bounds = PredictionIntervals.of(best, plan.horizon(), plan.level());
        ModelSpec chosen = best.spec();
        int minimum = chosen.minimumLength();
        RollingOrigin.Outcome backtest = null;
        String backtestNote = null;
        if (RollingOrigin.possibleOrigins(y.length, plan.horizon(), plan.backtestOrigins(), minimum) == 0) {
            backtestNote = "a backtest over " + plan.horizon() + " periods ahead needs at least " + (minimum + plan.horizon())
                    + " periods of history (" + minimum + " to fit, " + plan.horizon() + " to compare); shorten the horizon or widen the range";
        } else {
            Smoothing weights = best.weights();
            backtest = RollingOrigin.evaluate(y, plan.horizon(), plan.backtestOrigins(), minimum,
                    (training, h) -> refit(training, chosen, weights, h));
        }
        List<AnomalyFlags.Flag> anomalies = AnomalyFlags.of(y, best.run().fitted(), Math.sqrt(best.sigma2()), plan.anomalyLevel());
        return new Result(best, points, bounds, backtest, backtestNote, anomalies, List.copyOf(candidates), seasonNote);
    }

    /** The forecasts of the model refitted to {@code training} from the full fit's weights (NaN when it cannot be fitted). */
    private static double[] refit(double[] training, ModelSpec spec, Smoothing from, int horizon) {
        double[] out = new double[horizon];
        try {
            HoltWintersFit.Fitted model = HoltWintersFit.refit(training, spec, from);
            for (int h = 1; h <= horizon; h++) {
                out[h - 1] = model.run().forecast(h, spec.form());
            }
        } catch (ForecastFailure e) {
            Arrays.fill(out, Double.NaN);
        }
        return out;
    }

    static double aic(double[] y, HoltWintersFit.Fitted model, int from) {
        double sse = 0;
        int n = 0;
        double[] fitted = model.run().fitted();
        for (int t = from; t < y.length; t++) {
            if (!Double.isNaN(y[t])) {
                double e = y[t] - fitted[t];
                sse += e * e;
                n++;
            }
        }
        int k = model.spec().weights() + 2 + model.spec().period();
        if (n == 0) {
            return Double.POSITIVE_INFINITY;
        }
        // A perfect fit (SSE 0) would give minus infinity: floor the mean square at a tiny value.
        return n * Math.log(Math.max(sse / n, 1e-300)) + 2.0 * k;
    }
}
