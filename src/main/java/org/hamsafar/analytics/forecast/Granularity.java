package org.hamsafar.analytics.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.hamsafar.feedback.MetricInterval;

/**
 * The period of a series: a local day, or a week from Monday (ISO 8601), with its natural seasonal
 * period (a week of days, a year of weeks).
 */
public enum Granularity {
    DAY(7, MetricInterval.DAY),
    WEEK(52, MetricInterval.WEEK);

    private final int seasonalPeriod;
    private final MetricInterval interval;

    Granularity(int seasonalPeriod, MetricInterval interval) {
        this.seasonalPeriod = seasonalPeriod;
        this.interval = interval;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    MetricInterval interval() {
        return interval;
    }

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return this == DAY ? day : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the first whole period starting on or after {@code day}. */
    public LocalDate startOnOrAfter(LocalDate day) {
        LocalDate start = start(day);
        return start.equals(day) ? day : next(start);
    }

    public LocalDate next(LocalDate periodStart) {
        return this == DAY ? periodStart.plusDays(1) : periodStart.plusWeeks(1);
    }

    public LocalDate plus(LocalDate periodStart, long periods) {
        return this == DAY ? periodStart.plusDays(periods) : periodStart.plusWeeks(periods);
    }

    public static Optional<Granularity> fromKey(String key) {
        for (Granularity g : values()) {
            if (g.key().equals(key)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
