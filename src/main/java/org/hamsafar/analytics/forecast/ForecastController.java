package org.hamsafar.analytics.forecast;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Analytics", description = "Forecasts, scorecard and CX goals")
class ForecastController {
    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @PostMapping("/api/v1/analytics/forecast")
    @Operation(summary = "Forecast a daily or weekly metric with Holt-Winters, with a backtest and anomaly flags", description = """
            Changes nothing (a `read` key may call it). Body: `metric` {`kind`: events | revenue | nps | csat | ces | sentiment | cases,
            `eventType` (events, revenue; revenue defaults to purchase), `surveyId` (nps, csat, ces, sentiment), `touchpoint`, `channel`
            (not cases)}; `granularity` day | week (ISO weeks from Monday; default day); `from`, `to` (ISO dates in the display time
            zone, `to` exclusive; only whole periods: `from` moves forward and `to` back to a period start; `to` at most the start
            of the current period, its default; `from` defaults to 26 weeks of days or 156 weeks before); `horizon` (periods ahead,
            1-180 days or 1-104 weeks; default 28 or 13); `seasonality` "auto" (7 for days, 52 for weeks when the history holds two
            seasons + 1, chosen against no season by AIC), "none" or a period (2-366); `model` additive | multiplicative | auto
            (by AIC; multiplicative only for series above zero); `level` of the prediction intervals (0.5-0.999, default 0.95);
            `anomalyLevel` (default 0.99); `backtestOrigins` (1-30, default 8). Weights α, β, γ in [0, 1] minimise the one-step
            squared errors; start values by classical decomposition of the first two seasons. Returns `history` (value and
            one-step fitted value per period), `forecast` (value, lower, upper), `model`, `backtest` (MAE, RMSE, MAPE, sMAPE over
            a rolling origin, refitting at each origin), `anomalies` (outside the one-step interval at `anomalyLevel`, or robust
            z-score of the residual above 3) and `candidates`. A seasonal model needs two full seasons + 1 periods; a series too
            short, without data, or unsuited to the model is a 422 naming the field to change.""")
    ForecastReport forecast(@RequestBody JsonNode body) {
        return forecasts.forecast(ForecastRequestReader.read(body, forecasts.today()));
    }
}
