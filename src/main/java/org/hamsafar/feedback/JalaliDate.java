package org.hamsafar.feedback;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A day of the Solar Hijri (Jalali) calendar, converted with ICU4J's Persian calendar. Both
 * directions work on whole days at UTC midnight, so no time zone shifts a date.
 *
 * @param year  Solar Hijri year, e.g. 1404
 * @param month 1 (Farvardin) .. 12 (Esfand)
 * @param day   1 .. 31
 */
record JalaliDate(int year, int month, int day) {
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    static JalaliDate of(LocalDate date) {
        Calendar calendar = calendar();
        calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
        return new JalaliDate(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    LocalDate toLocalDate() {
        Calendar calendar = calendar();
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
    }

    /** The first day of the next month. */
    JalaliDate nextMonth() {
        return month == 12 ? new JalaliDate(year + 1, 1, 1) : new JalaliDate(year, month + 1, 1);
    }

    /** {@code 1404-07}. */
    String monthLabel() {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }

    /** {@code 1404-07-05}: Latin digits whatever the default locale. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private static Calendar calendar() {
        Calendar calendar = Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
        calendar.setLenient(false);
        return calendar;
    }
}
