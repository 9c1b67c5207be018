package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a lane holds: a list of short texts, the designed emotion (-2..+2), or touchpoints. */
public enum LaneKind {
    TEXT_LIST, EMOTION, TOUCHPOINTS;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
