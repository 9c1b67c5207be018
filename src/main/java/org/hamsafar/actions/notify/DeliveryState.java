package org.hamsafar.actions.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a delivery stands: pending (waiting for an attempt, or being attempted), delivered, or dead
 * (out of attempts, or refused for good: the dead-letter list, which can be redelivered).
 */
enum DeliveryState {
    PENDING, DELIVERED, DEAD;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DeliveryState> fromKey(String key) {
        for (DeliveryState state : values()) {
            if (state.key().equals(key)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
