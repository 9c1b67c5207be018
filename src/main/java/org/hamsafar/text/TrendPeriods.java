package org.hamsafar.text;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;

/**
 * Cuts a range of local days into the periods of a trend, as the CX metrics do: Gregorian weeks
 * start on Monday (ISO 8601), Jalali weeks on Saturday, Jalali months are the Solar Hijri ones
 * (ICU4J's Persian calendar). Labels use Latin digits: {@code 2026-01-05}, {@code 2026-01},
 * {@code 1404-07-05}, {@code 1404-07}.
 */
final class TrendPeriods {
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private TrendPeriods() {
    }

    /** Local days {@code [start, end)} and the period's label in its calendar. */
    record Period(LocalDate start, LocalDate end, String label) {
    }

    /** The periods from the one holding {@code first} to the one holding {@code last}, in order. */
    static List<Period> periods(LocalDate first, LocalDate last, MetricInterval interval, MetricCalendar calendar) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = start(first, interval, calendar);
        while (!start.isAfter(last)) {
            LocalDate end = end(start, interval, calendar);
            periods.add(new Period(start, end, label(start, interval, calendar)));
            start = end;
        }
        return periods;
    }

    /**
     * Each period with the sum of its days' tallies (an empty tally for a period without texts),
     * marked partial when it starts before {@code from} or ends after {@code to}, its days taken
     * from local midnight in {@code zone}: a week cut by the range, or today while it lasts.
     */
    static List<SentimentPoint> sum(List<Period> periods, NavigableMap<LocalDate, SentimentTally> days, Instant from, Instant to,
                                    ZoneId zone) {
        List<SentimentPoint> points = new ArrayList<>(periods.size());
        for (Period period : periods) {
            SentimentTally tally = SentimentTally.EMPTY;
            for (SentimentTally day : days.subMap(period.start(), true, period.end(), false).values()) {
                tally = tally.plus(day);
            }
            boolean partial = period.start().atStartOfDay(zone).toInstant().isBefore(from)
                    || period.end().atStartOfDay(zone).toInstant().isAfter(to);
            points.add(new SentimentPoint(period.start(), period.end(), period.label(), tally, partial));
        }
        return points;
    }

    private static LocalDate start(LocalDate day, MetricInterval interval, MetricCalendar calendar) {
        boolean jalali = calendar == MetricCalendar.JALALI;
        return switch (interval) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(jalali ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY));
            case MONTH -> jalali ? day.minusDays(jalali(day)[2] - 1L) : day.withDayOfMonth(1);
        };
    }

    private static LocalDate end(LocalDate start, MetricInterval interval, MetricCalendar calendar) {
        return switch (interval) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> calendar == MetricCalendar.JALALI ? nextJalaliMonth(start) : start.plusMonths(1);
        };
    }

    private static String label(LocalDate start, MetricInterval interval, MetricCalendar calendar) {
        if (calendar == MetricCalendar.JALALI) {
            int[] ymd = jalali(start);
            return interval == MetricInterval.MONTH ? String.format(Locale.ROOT, "%04d-%02d", ymd[0], ymd[1])
                    : String.format(Locale.ROOT, "%04d-%02d-%02d", ymd[0], ymd[1], ymd[2]);
        }
        return interval == MetricInterval.MONTH ? start.toString().substring(0, 7) : start.toString();
    }

    /** Year, month (1-12) and day of the Solar Hijri date of {@code day}. */
    private static int[] jalali(LocalDate day) {
        Calendar calendar = persianCalendar();
        calendar.setTimeInMillis(day.toEpochDay() * MILLIS_PER_DAY);
        return new int[] {calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH)};
    }

    /** The first day of the Solar Hijri month after the one that starts on {@code monthStart}. */
    private static LocalDate nextJalaliMonth(LocalDate monthStart) {
        Calendar calendar = persianCalendar();
        calendar.setTimeInMillis(monthStart.toEpochDay() * MILLIS_PER_DAY);
        calendar.add(Calendar.MONTH, 1);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    private static Calendar persianCalendar() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    }
}
