package org.hamsafar.actions.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The working hours of each day of the week. A day that is missing or has no periods is a day off;
 * a day's periods are sorted and never overlap, and the week has some working time (otherwise no
 * target could ever fall due).
 */
public record WorkingWeek(Map<DayOfWeek, List<WorkingPeriod>> days) {

    /** The Iranian office week: Saturday to Wednesday 08:00-16:00, Thursday 08:00-12:00, Friday off. */
    public static final WorkingWeek DEFAULT = defaultWeek();

    /** Days in the order the week is shown: Saturday first, as in Iran. */
    public static final List<DayOfWeek> ORDER = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public WorkingWeek {
        Map<DayOfWeek, List<WorkingPeriod>> copy = new EnumMap<>(DayOfWeek.class);
        int total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = sortedWithoutOverlap(days.getOrDefault(day, List.of()), key(day));
            copy.put(day, periods);
            total += periods.stream().mapToInt(WorkingPeriod::minutes).sum();
        }
        if (total == 0) {
            throw new IllegalArgumentException("A working week needs some working time");
        }
        days = java.util.Collections.unmodifiableMap(copy);
    }

    public List<WorkingPeriod> on(DayOfWeek day) {
        return days.get(day);
    }

    /** Sorted by start; refuses periods that overlap ({@code where} names the day in the message). */
    static List<WorkingPeriod> sortedWithoutOverlap(List<WorkingPeriod> periods, String where) {
        List<WorkingPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparingInt(WorkingPeriod::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("Working periods of " + where + " overlap");
            }
        }
        return List.copyOf(sorted);
    }

    public static String key(DayOfWeek day) {
        return day.name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DayOfWeek> dayOf(String key) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (key(day).equals(key)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static WorkingWeek defaultWeek() {
        Map<DayOfWeek, List<WorkingPeriod>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
            days.put(day, List.of(WorkingPeriod.of("08:00", "16:00")));
        }
        days.put(DayOfWeek.THURSDAY, List.of(WorkingPeriod.of("08:00", "12:00")));
        return new WorkingWeek(days);
    }
}
