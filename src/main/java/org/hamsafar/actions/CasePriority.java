package org.hamsafar.actions;

import java.util.Locale;
import java.util.Optional;

/** How urgent a case is. */
public enum CasePriority {
    LOW, NORMAL, HIGH, URGENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CasePriority> fromKey(String key) {
        for (CasePriority priority : values()) {
            if (priority.key().equals(key)) {
                return Optional.of(priority);
            }
        }
        return Optional.empty();
    }
}
