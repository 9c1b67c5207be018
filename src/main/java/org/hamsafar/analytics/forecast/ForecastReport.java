package org.hamsafar.analytics.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A forecast as the API returns it. Values are in the metric's unit (events, revenue, NPS points,
 * per cent, CES points, sentiment score, cases) per period; a null value is a period without data.
 *
 * @param metric     the metric read, with its filters
 * @param from       first day of the first period of the history
 * @param to         first day after the history (the start of the first forecast period)
 * @param model      the model chosen and its fitted parameters
 * @param history    every period of the history: observed value and one-step fitted value (null for the first season)
 * @param forecast   the next {@code horizon} periods with prediction intervals at {@code level}
 * @param backtest   rolling-origin errors of the same model, or why there are none
 * @param anomalies  periods the model did not expect (see {@link AnomalyFlags})
 * @param candidates the models compared and their AIC (lower is better)
 * @param notes      what the reader should know (seasonality dropped for a short series, gaps)
 */
record ForecastReport(Map<String, Object> metric, String granularity, LocalDate from, LocalDate to, String zone, Model model,
                      List<HistoryPoint> history, List<ForecastPoint> forecast, double level, Backtest backtest, double anomalyLevel,
                      List<Anomaly> anomalies, List<Candidate> candidates, List<String> notes) {

    /**
     * The fitted model. {@code alpha}, {@code beta}, {@code gamma}: the weights of the component form
     * (γ in Winters' form, see {@link Smoothing}); {@code stateSpace}: the same as FPP's innovations
     * form (β = αβ*, γ = γ(1 − α) for the additive model). {@code sigma}: standard deviation of the
     * one-step errors. {@code finalLevel}, {@code finalTrend} and {@code finalSeason} (indices of the
     * next m periods) are the states at the end of the history.
     */
    record Model(String seasonal, Integer seasonalPeriod, double alpha, double beta, double gamma, Map<String, Double> stateSpace,
                 double sigma, double sse, int fittedPeriods, String initialisation, double finalLevel, double finalTrend,
                 List<Double> finalSeason) {
    }

    record HistoryPoint(LocalDate period, Double value, Double fitted) {
    }

    record ForecastPoint(LocalDate period, double value, double lower, double upper) {
    }

    /** {@code errors} over all (origin, step) pairs; {@code byStep}: per step ahead. Null fields and a reason when unavailable. */
    record Backtest(boolean available, String reason, Integer origins, Integer horizon, ForecastErrors errors, List<ForecastErrors> byStep) {
    }

    record Anomaly(LocalDate period, double observed, double expected, double lower, double upper, Double robustZ, List<String> reasons) {
    }

    record Candidate(String seasonal, Integer seasonalPeriod, Double aic, String note) {
    }
}
