package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a stage meets the customer, in the terms of recorded interactions so that live data can be
 * laid over the map: {@code channel} (a channel key: web, app, email, sms, phone, chat, social,
 * store, other; required), {@code type} (an event type key) and/or {@code touchpoint} (a touchpoint
 * key), at least one of the two; optionally {@code surveyId} (a survey asked there) and a {@code label}
 * (at most 200 characters) to show instead of the keys.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageTouchpoint(String channel, String type, String touchpoint, Long surveyId, String label) {

    /** What identifies the touchpoint when maps are compared: channel, type and touchpoint. */
    String identity() {
        return channel + "|" + (type == null ? "" : type) + "|" + (touchpoint == null ? "" : touchpoint);
    }
}
