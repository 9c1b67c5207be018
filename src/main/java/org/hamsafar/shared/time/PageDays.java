package org.hamsafar.shared.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.Digits;

/**
 * Days as the dashboard's forms show and read them (analytics, funnels): in Persian the Solar
 * Hijri (Jalali) date with Persian digits ({@code ۱۴۰۴/۰۹/۰۲}), in English ISO ({@code 2025-11-23}). Typed dates may be
 * either (a year below 1700 is Jalali; Persian and Arabic-Indic digits are read). Converted with
 * ICU4J's Persian calendar on whole days at UTC midnight, so no time zone shifts a day.
 */
public final class PageDays {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final int LAST_JALALI_YEAR = 1700;
    private static final ULocale PERSIAN = new ULocale("en@calendar=persian");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private PageDays() {
    }

    /** The day as shown: Jalali with Persian digits when {@code persian}, ISO otherwise; empty for null. */
    public static String show(LocalDate day, boolean persian) {
        if (day == null) {
            return "";
        }
        if (!persian) {
            return day.toString();
        }
        return Digits.persian(jalali(day));
    }

    /** yyyy/MM/dd in the Jalali calendar with Latin digits. */
    public static String jalali(LocalDate day) {
        Calendar calendar = calendar();
        calendar.setTimeInMillis(day.toEpochDay() * MILLIS_PER_DAY);
        return String.format("%04d/%02d/%02d", calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /** The day typed, Jalali or Gregorian. @throws DateTimeException when it is neither */
    public static LocalDate parse(String text) {
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

    private static Calendar calendar() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"), PERSIAN);
    }
}
