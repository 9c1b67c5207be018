package org.hamsafar.journeys.paths;

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
@RequestMapping("/api/v1/journeys")
@Tag(name = "Journeys", description = "How customers move across interactions and channels")
class JourneyPathController {
    private final JourneyPaths paths;
    private final ChannelSwitching switching;
    private final ZoneId zone;
    private final Clock clock;

    JourneyPathController(JourneyPaths paths, ChannelSwitching switching, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone,
                          Clock clock) {
        this.paths = paths;
        this.switching = switching;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @PostMapping("/paths/query")
    @Operation(summary = "The most common paths from or to an anchor interaction, as Sankey nodes and links", description = """
            Changes nothing (a `read` key may call it). Body: `anchor` (required: any of `type`, `channel`, `touchpoint`, at least
            one), `direction` ("after" or "before"; default after), `depth` (1 to 8 levels; default 4), `nodeBy` (what names a node:
            "type", "touchpoint", "channel" or "channel_type"; default type), `window` (how far from the anchor a path reaches: "24h",
            "7d" or ISO-8601 such as "P1D"; more than 0, at most 90 days; default P1D), `from` and `to` (the anchor period: ISO-8601
            date-times with offset, or dates at midnight in the display time zone; default the last 30 days), `collapseRepeats`
            (consecutive events with the same name count once; default true), `topPerLevel` (1 to 20, default 8: the rest of a
            level merges into "(other)"), `exclude` (event types to skip). Each customer contributes the path from their first
            anchor event in [from, to): their events strictly after it (or before it, read backwards) within the window. Answer:
            `customers`, `nodes` (`id` "level:label", `level`, `label`, `kind` anchor/step/other/end, `customers`), `links`
            (`source`, `target`, `customers`; always from level k-1 to level k), and `paths`: the 20 most common complete sequences
            (`steps`, `continues` beyond depth, `customers`, `share`). "(end)" nodes hold customers whose path stops;
            "(none)" names events without a touchpoint.""")
    PathReport paths(@RequestBody JsonNode body) {
        return paths.query(PathRequestReader.read(body, zone, clock));
    }

    @PostMapping("/channel-switching/query")
    @Operation(summary = "How often customers move from one channel to another for the same intent", description = """
            Changes nothing (a `read` key may call it). Body: `intents` (optional, 1 to 10: each `key` and `match`, 1 to 20 event
            matches with any of `type`, `channel`, `touchpoint`; an event expresses the intent when it matches any of them; left
            out, each touchpoint is an intent), `window` (default PT24H; at most 90 days), `from` and `to` (the period in which
            episodes start; default the last 30 days). An episode starts at a customer's first event expressing an intent in
            [from, to), on that event's channel; it lasts `window`, and the next episode of the same customer and intent starts at
            the first such event after it (episodes never overlap). It switched when the customer expressed the intent on another
            channel after the start and within the window; the first such event names the channel switched to. Answer, overall
            and per intent: `episodes`, `switched`, `switchingRate` (0 to 1), `medianSecondsToSwitch`, `fromChannels`, `matrix`
            (from, to, `switches`, `shareOfFrom`, `shareOfSwitches`, median) and `topPairs` (the 10 largest cells).""")
    SwitchReport switching(@RequestBody JsonNode body) {
        return switching.query(SwitchRequestReader.read(body, zone, clock));
    }
}
