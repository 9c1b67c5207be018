package org.hamsafar.actions.sla;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stretch of working time within a day, in minutes after local midnight: {@code from} is
 * inclusive, {@code to} exclusive, {@code 0 <= from < to <= 1440} (1440 is "24:00", the end of the day).
 */
public record WorkingPeriod(int from, int to) {
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)|24:00");
    static final int END_OF_DAY = 24 * 60;

    public WorkingPeriod {
        if (from < 0 || to > END_OF_DAY || from >= to) {
            throw new IllegalArgumentException("A working period needs 0 <= from < to <= 1440 minutes, not " + from + "-" + to);
        }
    }

    public static WorkingPeriod of(String from, String to) {
        return new WorkingPeriod(minuteOfDay(from).orElseThrow(() -> new IllegalArgumentException("not HH:MM: " + from)),
                minuteOfDay(to).orElseThrow(() -> new IllegalArgumentException("not HH:MM: " + to)));
    }

    /** "08:30" as 510; "24:00" (only meaningful as an end) as 1440; empty when not HH:MM. */
    static Optional<Integer> minuteOfDay(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = HH_MM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) == null ? END_OF_DAY : Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
    }

    static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    public String fromText() {
        return format(from);
    }

    public String toText() {
        return format(to);
    }

    public int minutes() {
        return to - from;
    }

    boolean overlaps(WorkingPeriod other) {
        return from < other.to && other.from < to;
    }
}
