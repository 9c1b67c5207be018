package org.hamsafar.feedback;

import java.time.LocalDate;

/**
 * One period of a metric series.
 *
 * @param period first local day of the period (a Monday for Gregorian weeks, a Saturday for Jalali ones,
 *               the first of the month in the calendar's months); the first period of a range starting
 *               mid-period still starts there but only counts answers from the range's start
 * @param end    first local day after the period
 * @param label  the period in its calendar: {@code 2026-01-05} (day, week) or {@code 2026-01} (month);
 *               Jalali with Latin digits, {@code 1404-07-05} or {@code 1404-07}
 * @param value  the metric over the period's answers (n = 0 when it had none)
 */
public record MetricPoint(LocalDate period, LocalDate end, String label, MetricValue value) {
}
