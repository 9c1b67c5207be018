package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which part of a map a lane belongs to. Every map has the customer's experience and the insights
 * (pain points, opportunities, owners, KPIs); a service blueprint also has the frontstage (what
 * staff and systems do in view of the customer), the backstage (out of view) and the support
 * processes (other teams and systems).
 */
public enum LaneSection {
    CUSTOMER, FRONTSTAGE, BACKSTAGE, SUPPORT, INSIGHTS;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
