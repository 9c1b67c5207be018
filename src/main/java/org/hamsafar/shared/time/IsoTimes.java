package org.hamsafar.shared.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO-8601 date-times with an offset, such as {@code 2026-05-01T10:15:30.5+03:30} or
 * {@code ...Z}. The common shape is read by hand, several times faster than
 * {@link OffsetDateTime#parse}, because ingestion reads one per event; anything else falls back to
 * that parser, so both accept exactly the same texts.
 */
public final class IsoTimes {
    private IsoTimes() {
    }

    /** The instant, or {@link DateTimeParseException} when the text is no ISO-8601 date-time with offset. */
    public static Instant parseWithOffset(String text) {
        Instant fast = fastPath(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** Null when the text is not of the common shape (the JDK parser then decides). */
    /**
     * A time as query parameters give it: a date ({@code 2026-03-01}: its midnight in {@code zone}),
     * a date-time with an offset or Z, or a local date-time (in {@code zone}). An unencoded '+' in a
     * query string arrives as a space, so {@code 10:00:00 03:30} means +03:30.
     *
     * @throws java.time.DateTimeException when the text is none of these
     */
    public static Instant parseQueryTime(String text, java.time.ZoneId zone) {
        String value = text.replace(' ', '+');
        if (value.length() == 10) {
            return java.time.LocalDate.parse(value).atStartOfDay(zone).toInstant();
        }
        if (value.endsWith("Z") || value.lastIndexOf('+') > 9 || value.lastIndexOf('-') > 9) {
            return parseWithOffset(value);
        }
        return java.time.LocalDateTime.parse(value).atZone(zone).toInstant();
    }

    private static Instant fastPath(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) {
                nanos = nanos * 10 + (s.charAt(i) - '0');
                i++;
            }
            int fraction = i - start;
            if (fraction == 0 || (i < n && Character.isDigit(s.charAt(i)))) {
                return null;
            }
            for (int k = fraction; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(s, i);
        if (offset == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String s, int i) {
        int n = s.length();
        if (i == n - 1 && s.charAt(i) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (i + 6 != n || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
            return null;
        }
        int hours = digits(s, i + 1, 2);
        int minutes = digits(s, i + 4, 2);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return null;
        }
        try {
            int sign = s.charAt(i) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
