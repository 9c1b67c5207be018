package org.hamsafar.feedback;

import java.util.Locale;
import java.util.Optional;

/**
 * The calendar that decides where weeks and months of a metric series begin: Gregorian (ISO weeks
 * from Monday) or Jalali (Solar Hijri months, weeks from Saturday).
 */
public enum MetricCalendar {
    GREGORIAN, JALALI;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MetricCalendar> fromKey(String key) {
        for (MetricCalendar calendar : values()) {
            if (calendar.key().equals(key)) {
                return Optional.of(calendar);
            }
        }
        return Optional.empty();
    }
}
