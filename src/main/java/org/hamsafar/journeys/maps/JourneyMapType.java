package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of journey map: how customers experience a journey today, how it is meant to be, one
 * day in a customer's life, and a service blueprint (the journey with the frontstage, backstage
 * and support work behind it).
 */
public enum JourneyMapType {
    CURRENT_STATE, FUTURE_STATE, DAY_IN_THE_LIFE, SERVICE_BLUEPRINT;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isBlueprint() {
        return this == SERVICE_BLUEPRINT;
    }

    public static Optional<JourneyMapType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** The keys, comma-separated, for messages. */
    static String keys() {
        return String.join(", ", Arrays.stream(values()).map(JourneyMapType::key).toList());
    }
}
