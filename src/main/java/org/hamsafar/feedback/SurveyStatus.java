package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Draft surveys are edited freely; active ones take answers; paused and closed ones do not. */
public enum SurveyStatus {
    DRAFT, ACTIVE, PAUSED, CLOSED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SurveyStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
