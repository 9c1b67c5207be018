package org.hamsafar.analytics.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked forecast request: the metric per {@code granularity} over the whole periods from
 * {@code first} to before {@code end} (both period starts), {@code horizon} periods ahead,
 * the seasonal period ({@code autoSeason}: the granularity's natural one when the series is long
 * enough, else none; otherwise {@code period}, 0 for none), the seasonal forms allowed, the
 * intervals' and anomalies' levels and the backtest's origins.
 */
record ForecastRequest(MetricDefinition metric, Granularity granularity, LocalDate first, LocalDate end, int horizon,
                       boolean autoSeason, int period, List<SeasonalForm> forms, double level, double anomalyLevel, int backtestOrigins) {

    /** The same request over a history starting later (at {@code first}, a period start). */
    ForecastRequest from(LocalDate first) {
        return new ForecastRequest(metric, granularity, first, end, horizon, autoSeason, period, forms, level, anomalyLevel, backtestOrigins);
    }

    SeriesForecaster.Plan plan() {
        return new SeriesForecaster.Plan(autoSeason ? null : period, autoSeason, granularity.seasonalPeriod(), forms, horizon, level,
                anomalyLevel, backtestOrigins);
    }
}
