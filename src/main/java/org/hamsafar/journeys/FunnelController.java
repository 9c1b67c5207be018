package org.hamsafar.journeys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/journeys/funnels")
@Tag(name = "Journeys", description = "How customers move across interactions and channels: funnels")
class FunnelController {
    private final Funnels funnels;
    private final ZoneId zone;
    private final Clock clock;

    FunnelController(Funnels funnels, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.funnels = funnels;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @PostMapping("/query")
    @Operation(summary = "Count customers through an ordered funnel of interactions", description = """
            Changes nothing (a `read` key may call it). Body: `steps` (2 to 20, each any of `type`, `channel`, `touchpoint`,
            at least one; all given must match), `window` ("7d", "24h", "90m" or ISO-8601 such as "P7D"; more than 0, at most
            90 days; default P7D), `from` and `to` (ISO-8601 date-times with offset, or dates: midnight in the display time
            zone; default: the last 30 days). A customer enters at their first event matching step 0 in [from, to); each next
            step counts at the customer's earliest matching event strictly after the previous step's and within `window` of
            entering. Per step: `customers`, `conversionFromPrevious` and `conversionFromFirst` (0 to 1, null over nobody),
            `dropOff` (reached the previous step but not this one) and `medianSecondsFromPrevious` (null for step 0).""")
    FunnelReport query(@RequestBody JsonNode body) {
        return funnels.query(FunnelRequestReader.read(body, zone, clock));
    }
}
