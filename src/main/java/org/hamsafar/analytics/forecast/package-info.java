/**
 * Trends and forecasts: Holt-Winters (additive, multiplicative or without a season) on daily or
 * weekly platform metrics, with prediction intervals, a rolling-origin backtest and anomaly flags.
 * The metric vocabulary ({@link org.hamsafar.analytics.forecast.MetricDefinition},
 * {@link org.hamsafar.analytics.forecast.MetricKind}) and the series reader are shared with CX
 * goals, the scorecard and the demo company.
 */
@org.springframework.modulith.NamedInterface("metrics")
package org.hamsafar.analytics.forecast;
