package org.hamsafar.journeys.paths;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.Digits;

/**
 * A day typed in the page's period fields, in either calendar: a year below 1700 is Solar Hijri
 * (Jalali, {@code 1404/09/02}), a later one Gregorian ({@code 2025-11-23}); '-' or '/' between the
 * parts, Persian or Latin digits. The page shows dates back in the reader's calendar: Jalali with
 * Persian digits in fa, ISO in en. Conversions use ICU4J's Persian calendar on UTC midnights.
 */
final class DateField {
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final int FIRST_GREGORIAN_YEAR = 1700;
    private static final ULocale SOLAR_HIJRI = new ULocale("en@calendar=persian");
    private static final long DAY_MILLIS = 86_400_000L;

    private DateField() {
    }

    /** @throws DateTimeException when the text is no real day of either calendar */
    static LocalDate read(String text) {
        Matcher m = DAY.matcher(Digits.latin(text.strip()));
        if (!m.matches()) {
            throw new DateTimeException("not a date: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (year >= FIRST_GREGORIAN_YEAR) {
            return LocalDate.of(year, month, day);
        }
        Calendar calendar = solarHijri();
        // Strict: Esfand 30 of a common year, or month 13, is refused rather than rolled over.
        calendar.setLenient(false);
        calendar.clear();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        try {
            return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis(), DAY_MILLIS));
        } catch (IllegalArgumentException e) {
            throw new DateTimeException("not a Solar Hijri date: " + text);
        }
    }

    /** The day as a field shows it: {@code ۱۴۰۴/۰۹/۰۲} in Persian, {@code 2025-11-23} otherwise. */
    static String show(LocalDate date, boolean persian) {
        if (!persian) {
            return date.toString();
        }
        Calendar calendar = solarHijri();
        calendar.setTimeInMillis(date.toEpochDay() * DAY_MILLIS);
        String latin = String.format(Locale.ROOT, "%04d/%02d/%02d", calendar.get(Calendar.EXTENDED_YEAR),
                calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH));
        StringBuilder out = new StringBuilder(latin.length());
        for (char c : latin.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + c - '0') : c);
        }
        return out.toString();
    }

    private static Calendar solarHijri() {
        return Calendar.getInstance(TimeZone.GMT_ZONE, SOLAR_HIJRI);
    }
}
