package org.hamsafar.journeys.overlay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Journeys", description = "Journey maps with live data")
class OverlayController {
    private final LiveOverlay overlay;
    private final ZoneId zone;
    private final Clock clock;

    OverlayController(LiveOverlay overlay, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.overlay = overlay;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @GetMapping("/api/v1/journeys/{id:\\d+}/overlay")
    @Operation(summary = "Lay a period's live data over a journey map", description = """
            Query: `from`, `to` (ISO-8601 date-times with offset, or dates: midnight in the display time zone; default the 30
            days up to the next midnight; at most 731 days), `window` ("7d", "24h", "90m" or ISO-8601; more than 0, at most
            90 days; default P7D), `segment` (a customer tag: only those customers), `personaSegment` (true: without a
            `segment`, use the linked persona's segment; default false: everyone) and `version` (default the latest).
            A stage is reached by an event in [from, to) matching any of its touchpoints (the channel, and the event type and
            touchpoint key when named). Per stage: `customers` who reached it; `reachedNext` within `window` after their first
            reach of it (the next stage's event may fall after `to`), `conversionToNext` (0..1), `dropOff`, `dropOffRate`,
            `medianSecondsToNext` (null for the last stage); per touchpoint its `customers` and `events`; `feedback`
            (responses at the stage's touchpoint keys, of the survey a touchpoint names, or to a named survey; a touchpoint
            naming no survey collects its key's responses unless another touchpoint names a survey at that key; NPS, CSAT,
            CES with 95% intervals); `sentiment` of analysed texts there (-1..1) and `negativeTopics`; `cases` opened in the period
            from an item at the stage (or, without one, where the customer last was within `window`), still `open` and with
            an `slaBreached`; `repeatContacts` (customers with a phone/chat contact, or ticket_opened/call_ended, followed by
            another at the stage within `window`); `emotion`: `designed`, `actual` (-2..2: twice the mean intensity -1..1 of
            the scored answers and texts there) and `gap`. `painPoints` flags the stage with the highest drop-off rate,
            the lowest negative sentiment, the most repeat contacts and the most SLA breaches (no flag without data).""")
    OverlayReport overlay(@PathVariable long id, @RequestParam Map<String, String> params) {
        // An unknown map is a 404 whatever the parameters.
        overlay.requireMap(id);
        return overlay.overlay(OverlayRequestReader.read(id, params, zone, clock));
    }
}
