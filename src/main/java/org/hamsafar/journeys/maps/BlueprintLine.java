package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The lines that divide a service blueprint (Bitner, Ostrom and Morgan, "Service Blueprinting: A
 * Practical Technique for Service Innovation", California Management Review 50(3), 2008): the line of
 * interaction (between the customer and frontstage), the line of visibility (what the customer sees
 * above it) and the line of internal interaction (between contact staff and support processes).
 */
public enum BlueprintLine {
    INTERACTION, VISIBILITY, INTERNAL_INTERACTION;

    @JsonValue
    public String key() {
        return "line_of_" + name().toLowerCase(Locale.ROOT);
    }
}
