package org.hamsafar.journeys.funnels;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.Digits;

/**
 * Dates as the funnel page's period fields take and show them: {@code 1404-09-02} or
 * {@code 1404/09/02} is Solar Hijri (Jalali, any year below 1700), {@code 2025-11-23} Gregorian;
 * Persian and Arabic-Indic digits are read too. Converted with ICU4J's Persian calendar, on whole
 * days at UTC midnight so that no time zone shifts a date.
 */
final class PageDates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final int LAST_JALALI_YEAR = 1700;
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private PageDates() {
    }

    /** The date typed, Jalali or Gregorian. @throws DateTimeException when it is not a real date of either */
    static LocalDate parse(String text) {
        Matcher m = DATE.matcher(Digits.latin(text.strip()));
        if (!m.matches()) {
            throw new DateTimeException("not a date: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (year >= LAST_JALALI_YEAR) {
            return LocalDate.of(year, month, day);
        }
        if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
            throw new DateTimeException("not a Jalali date: " + text);
        }
        Calendar calendar = calendar();
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), MILLIS_PER_DAY));
        // Esfand 30 of a common year rolls over into the next year: not a real date.
        if (!jalali(date).equals(String.format("%04d/%02d/%02d", year, month, day))) {
            throw new DateTimeException("not a Jalali date: " + text);
        }
        return date;
    }

    /** The date as the page shows it in a field: Jalali with Persian digits in fa, ISO otherwise. */
    static String show(LocalDate date, boolean persian) {
        return persian ? persianDigits(jalali(date)) : date.toString();
    }

    /** yyyy/MM/dd in the Jalali calendar, Latin digits. */
    static String jalali(LocalDate date) {
        Calendar calendar = calendar();
        calendar.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY);
        return String.format("%04d/%02d/%02d", calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    static String persianDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static Calendar calendar() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, PERSIAN);
    }
}
