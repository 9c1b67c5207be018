package org.hamsafar.journeys.funnels;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/journeys/funnels")
@Tag(name = "Journeys", description = "How customers move across interactions and channels: funnels")
class FunnelController {
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private final Funnels funnels;
    private final DroppedCustomersCsv csv;
    private final ZoneId zone;
    private final Clock clock;

    FunnelController(Funnels funnels, DroppedCustomersCsv csv, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone,
                     Clock clock) {
        this.funnels = funnels;
        this.csv = csv;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @PostMapping("/query")
    @Operation(summary = "Count customers through an ordered funnel of interactions", description = """
            Changes nothing (a `read` key may call it). Body: `steps` (2 to 20, each any of `type`, `channel`, `touchpoint`
            and `properties` (up to 5 `name: value` pairs, each equal to the event's property: a string, number or boolean),
            at least one; all given must match; `optional: true` on a step other than the first and last), `window` ("7d",
            "24h", "90m" or ISO-8601 such as "P7D"; more than 0, at most 90 days; default P7D), `from` and `to` (ISO-8601
            date-times with offset, or dates: midnight in the display time zone; default: the last 30 days) and `breakdown`
            (`{"by": "channel"}` of the entry event, `{"by": "segment", "segments": ["vip", "new"]}` (customer tags, up to 10),
            or `{"by": "attribute", "key": "city"}` (or `custom.<name>`)). A customer enters at their first event matching
            step 0 in [from, to); each next required step counts at the customer's earliest matching event strictly after the
            previous required step's and within `window` of entering. An optional step counts when done after the last step
            reached and before the next required step; skipping it changes nothing else. Per step: `customers`,
            `conversionFromPrevious` (against the last required step before it) and `conversionFromFirst` (0 to 1, null over
            nobody), `dropOff` (required steps) or `skipped` (optional steps), `medianSecondsFromPrevious` (from the last step
            reached before it; null for step 0). With a breakdown, `breakdown` has the same steps per group, largest groups
            first: at most 10 groups, then "(other)"; "(none)" holds customers without a value.""")
    FunnelReport query(@RequestBody JsonNode body) {
        return funnels.query(FunnelRequestReader.read(body, zone, clock));
    }

    @PostMapping("/dropped")
    @Operation(summary = "List or export the customers who dropped out at a funnel step", description = """
            Changes nothing (a `read` key may call it). Body: a funnel as for `/query`, plus `step` (1 to the last step),
            `limit` (1 to 1000, default 100), `cursor` (from the previous page's `nextCursor`) and, with a `breakdown`, `group`
            (a group's `value`, "(none)" or "(other)") to list only that group. Lists the customers who reached the last
            required step before `step` but not `step` (for an optional step: who skipped it), by customer id, with name,
            e-mail and external id when their profile has them, when they reached that previous step, and their latest event.
            With `Accept: text/csv` or `?format=csv`, streams every such customer as CSV with a header row (no paging).""")
    Object dropped(@RequestBody JsonNode body,
                   @Parameter(description = "csv to download every dropped customer as CSV") @RequestParam(required = false) String format,
                   @RequestHeader(value = "Accept", required = false) String accept, HttpServletResponse response) throws IOException {
        boolean asCsv = wantsCsv(format, accept);
        DroppedQuery query = FunnelRequestReader.readDropped(body, zone, clock);
        if (asCsv) {
            csv.send(query, response);
            return null;
        }
        return funnels.dropped(query);
    }

    /** CSV when asked by {@code format}, or when the most preferred of JSON and CSV in {@code Accept} is CSV. */
    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            if (!format.equals("csv") && !format.equals("json")) {
                throw InvalidInputException.of("format", "must be csv or json");
            }
            return format.equals("csv");
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(types);
        types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
        for (MediaType type : types) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.equalsTypeAndSubtype(CSV)) {
                return true;
            }
        }
        return false;
    }
}
