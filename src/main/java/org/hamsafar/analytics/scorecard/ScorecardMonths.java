package org.hamsafar.analytics.scorecard;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole months a scorecard covers: the {@code count} months before the one holding today, in
 * the Gregorian or the Solar Hijri (Jalali) calendar (ICU4J's Persian calendar, on whole days at
 * UTC midnight). The current month is left out: it is not over.
 */
final class ScorecardMonths {
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private ScorecardMonths() {
    }

    /** A month: local days {@code [start, end)} and its label ({@code 2025-11}, or {@code 1404-08} for Jalali). */
    record Month(String label, LocalDate start, LocalDate end) {
        int days() {
            return (int) (end.toEpochDay() - start.toEpochDay());
        }
    }

    static List<Month> before(LocalDate today, int count, boolean jalali) {
        List<Month> months = new ArrayList<>();
        if (!jalali) {
            LocalDate end = today.withDayOfMonth(1);
            for (int i = 0; i < count; i++) {
                LocalDate start = end.minusMonths(1);
                months.add(new Month(start.toString().substring(0, 7), start, end));
                end = start;
            }
        } else {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), PERSIAN);
            calendar.setTimeInMillis(today.toEpochDay() * MILLIS_PER_DAY);
            int year = calendar.get(Calendar.EXTENDED_YEAR);
            int month = calendar.get(Calendar.MONTH);
            LocalDate end = jalaliStart(year, month);
            for (int i = 0; i < count; i++) {
                month--;
                if (month < 0) {
                    month = 11;
                    year--;
                }
                LocalDate start = jalaliStart(year, month);
                months.add(new Month(String.format("%04d-%02d", year, month + 1), start, end));
                end = start;
            }
        }
        Collections.reverse(months);
        return months;
    }

    /** The first day of Jalali month {@code month} (0-based) of {@code year}. */
    private static LocalDate jalaliStart(int year, int month) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), PERSIAN);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }
}
