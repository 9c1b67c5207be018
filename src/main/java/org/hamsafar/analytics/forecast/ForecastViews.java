package org.hamsafar.analytics.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a forecast's arrays into the API's records (NaN becomes null: JSON has no NaN). */
final class ForecastViews {
    private ForecastViews() {
    }

    static ForecastReport report(ForecastRequest request, MetricSeriesReader.Series series, SeriesForecaster.Result result, String zone,
                                 List<String> notes) {
        HoltWintersFit.Fitted model = result.model();
        double[] y = series.values();
        double[] fitted = model.run().fitted();
        List<LocalDate> periods = series.periods();
        List<ForecastReport.HistoryPoint> history = new ArrayList<>(y.length);
        for (int t = 0; t < y.length; t++) {
            history.add(new ForecastReport.HistoryPoint(periods.get(t), orNull(y[t]), orNull(fitted[t])));
        }
        Granularity granularity = request.granularity();
        List<ForecastReport.ForecastPoint> forecast = new ArrayList<>(request.horizon());
        for (int h = 1; h <= request.horizon(); h++) {
            forecast.add(new ForecastReport.ForecastPoint(granularity.plus(request.end(), h - 1L), result.forecast()[h - 1],
                    result.bounds().lower()[h - 1], result.bounds().upper()[h - 1]));
        }
        ForecastReport.Backtest backtest = result.backtest() == null
                ? new ForecastReport.Backtest(false, result.backtestNote(), null, null, null, null)
                : new ForecastReport.Backtest(result.backtest().overall() != null, result.backtest().overall() == null
                        ? "no origin's forecast could be compared (gaps or failed fits)" : null, result.backtest().origins(),
                        result.backtest().horizon(), result.backtest().overall(), Arrays.asList(result.backtest().byStep()));
        List<ForecastReport.Anomaly> anomalies = result.anomalies().stream()
                .map(f -> new ForecastReport.Anomaly(periods.get(f.index()), f.observed(), f.expected(), f.lower(), f.upper(), f.robustZ(),
                        f.reasons()))
                .toList();
        List<ForecastReport.Candidate> candidates = result.candidates().stream()
                .map(c -> new ForecastReport.Candidate(c.spec().form().key(), c.spec().seasonal() ? c.spec().period() : null, c.aic(), c.note()))
                .toList();
        return new ForecastReport(request.metric().asMap(), granularity.key(), request.first(), request.end(), zone, model(model), history,
                forecast, request.level(), backtest, request.anomalyLevel(), anomalies, candidates, List.copyOf(notes));
    }

    private static ForecastReport.Model model(HoltWintersFit.Fitted model) {
        ModelSpec spec = model.spec();
        Smoothing w = model.weights();
        Map<String, Double> stateSpace = new LinkedHashMap<>();
        stateSpace.put("alpha", w.alpha());
        stateSpace.put("beta", w.stateBeta());
        if (spec.form() == SeasonalForm.ADDITIVE) {
            stateSpace.put("gamma", w.stateGamma());
        }
        List<Double> season = Arrays.stream(model.run().nextSeason()).boxed().toList();
        return new ForecastReport.Model(spec.form().key(), spec.seasonal() ? spec.period() : null, w.alpha(), w.beta(),
                spec.seasonal() ? w.gamma() : 0, stateSpace, Math.sqrt(model.sigma2()), model.run().sse(), model.run().errors(),
                Forecasts.INITIALISATION, model.run().level(), model.run().trend(), season);
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
