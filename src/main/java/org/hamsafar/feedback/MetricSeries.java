package org.hamsafar.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Cuts a range of local days into the periods of a series and adds up the days' tallies per
 * period. Gregorian weeks start on Monday (ISO 8601), Jalali weeks on Saturday; Jalali months are
 * the Solar Hijri ones. Every period of the range is present, with an empty tally when it had no answers.
 */
final class MetricSeries {
    private MetricSeries() {
    }

    /** A period of a series: local days {@code [start, end)} and how it is labelled in its calendar. */
    record Period(LocalDate start, LocalDate end, String label) {
    }

    /** The periods from the one holding {@code first} to the one holding {@code last}, in order. */
    static List<Period> periods(LocalDate first, LocalDate last, MetricInterval interval, MetricCalendar calendar) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = start(first, interval, calendar);
        while (!start.isAfter(last)) {
            Period period = period(start, interval, calendar);
            periods.add(period);
            start = period.end();
        }
        return periods;
    }

    /** Each period with the sum of the tallies of its days (days outside every period are ignored). */
    static List<Map.Entry<Period, MetricTally>> sum(List<Period> periods, Map<LocalDate, MetricTally> days) {
        NavigableMap<LocalDate, MetricTally> sorted = days instanceof NavigableMap<LocalDate, MetricTally> navigable
                ? navigable : new TreeMap<>(days);
        List<Map.Entry<Period, MetricTally>> sums = new ArrayList<>(periods.size());
        for (Period period : periods) {
            MetricTally tally = MetricTally.EMPTY;
            for (MetricTally day : sorted.subMap(period.start(), true, period.end(), false).values()) {
                tally = tally.plus(day);
            }
            sums.add(Map.entry(period, tally));
        }
        return sums;
    }

    /** The first day of the period that holds {@code day}. */
    static LocalDate start(LocalDate day, MetricInterval interval, MetricCalendar calendar) {
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(
                    calendar == MetricCalendar.JALALI ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY));
            case MONTH -> calendar == MetricCalendar.JALALI
                    ? day.minusDays(JalaliDate.of(day).day() - 1L)
                    : day.withDayOfMonth(1);
        };
    }

    private static Period period(LocalDate start, MetricInterval interval, MetricCalendar calendar) {
        if (calendar == MetricCalendar.JALALI) {
            JalaliDate jalali = JalaliDate.of(start);
            return switch (interval) {
                case DAY -> new Period(start, start.plusDays(1), jalali.toString());
                case WEEK -> new Period(start, start.plusWeeks(1), jalali.toString());
                case MONTH -> new Period(start, jalali.nextMonth().toLocalDate(), jalali.monthLabel());
            };
        }
        return switch (interval) {
            case DAY -> new Period(start, start.plusDays(1), start.toString());
            case WEEK -> new Period(start, start.plusWeeks(1), start.toString());
            case MONTH -> new Period(start, start.plusMonths(1), start.toString().substring(0, 7));
        };
    }
}
