package org.hamsafar.shared.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as people type it in the API: the short forms {@code 90m}, {@code 24h} and
 * {@code 7d}, or ISO-8601 such as {@code PT90M} or {@code P7D}. Range rules are the caller's.
 */
public final class DurationText {
    private static final Pattern SHORT = Pattern.compile("(\\d{1,6})([mhd])");

    private DurationText() {
    }

    /** The duration, or null when the text is none of the accepted forms. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        Matcher m = SHORT.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
