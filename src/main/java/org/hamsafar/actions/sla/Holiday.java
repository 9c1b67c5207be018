package org.hamsafar.actions.sla;

import java.time.LocalDate;
import java.util.List;

/**
 * A date on which the working week does not apply: closed all day when {@code hours} is empty, or a
 * short day (e.g. the eve of Nowruz) that works only the given periods. {@code name} is optional.
 */
public record Holiday(LocalDate date, String name, List<WorkingPeriod> hours) {

    public Holiday {
        if (date == null) {
            throw new IllegalArgumentException("A holiday needs a date");
        }
        hours = WorkingWeek.sortedWithoutOverlap(hours == null ? List.of() : hours, date.toString());
    }

    public static Holiday closed(LocalDate date, String name) {
        return new Holiday(date, name, List.of());
    }

    public boolean closedAllDay() {
        return hours.isEmpty();
    }
}
