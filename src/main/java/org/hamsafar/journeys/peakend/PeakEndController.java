package org.hamsafar.journeys.peakend;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/journeys/peak-end")
@Tag(name = "Journeys")
class PeakEndController {
    private final PeakEndAnalysis analysis;
    private final ZoneId zone;
    private final Clock clock;
    private final String purchaseType;

    PeakEndController(PeakEndAnalysis analysis, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock,
                      @Value("${hamsafar.journeys.peak-end.purchase-type:purchase}") String purchaseType) {
        this.analysis = analysis;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
        this.purchaseType = purchaseType;
    }

    @PostMapping("/query")
    @Operation(summary = "Peak-end scores of customer journeys and how well they predict the next NPS and a repurchase", description = """
            Changes nothing (a `read` key may call it). Moments: every scored survey response (NPS 0-10 as (x-5)/5, CSAT 1-5 as
            (x-3)/2, CES 1-7 with 7 = very easy as (x-4)/3, rating 1-s stars as (2x-s-1)/(s-1); a response with several scores is
            one moment, their mean), a response without scores by the mean sentiment of its analysed comments, and each event's
            analysed text by its sentiment (-1..1). Journey: by `grouping` "gap" (default), a customer's consecutive moments at
            most `gap` apart (default "P14D", at most 180 days); by "period", all of a customer's moments in the period. Per
            journey: peak = the moment of largest |intensity| (a tie: the later one), end = the last moment, peakEnd = (peak +
            end) / 2, average = the mean of all moments. Journeys whose last moment is in [`from`, `to`) count (ISO-8601 with
            offset, or dates: midnight in the display time zone; default the last 365 days, at most 1830 days). Outcomes within
            `horizon` (default "P90D", at most 365 days) after a journey's end: the customer's next NPS answer, and whether an
            event of type `purchaseType` (default "purchase") followed (only journeys whose horizon has passed). Optional
            `channel`, `touchpoint` (moments there only) and `segment` (customers carrying this tag). Answer: `summary`,
            `histogram` (20 bins of peakEnd), `prediction.nextNps` (Pearson and Spearman r with Fisher 95% intervals, least-squares
            line and mean absolute error per predictor, Zou's interval for the difference of the Pearson correlations, `p` null;
            needs 10 journeys with a next answer) and `prediction.repurchase` (AUC with DeLong intervals and test; needs 5 journeys with and
            5 without a purchase), and `worst`: the 20 journeys with the lowest peakEnd.""")
    PeakEndReport query(@RequestBody JsonNode body) {
        return analysis.report(PeakEndRequestReader.read(body, zone, clock, purchaseType));
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "A customer's journeys with their moments, latest first", description = """
            All of the customer's journeys by `gap` (default "P14D"), each with its moments in time order (`peakIndex` and
            `endIndex` point into them), peak-end score, average, next NPS answer within `horizon` (default "P90D") and whether
            an event of type `purchaseType` followed within it (null until the horizon has passed). Paged by `limit` (1-100,
            default 20) and `cursor`. A merged customer's id answers for the profile it was merged into; 404 for no customer.""")
    PeakEndAnalysis.CustomerJourneys customer(@PathVariable long id, @RequestParam(required = false) String gap,
                                              @RequestParam(required = false) String horizon,
                                              @RequestParam(required = false) String purchaseType,
                                              @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return analysis.ofCustomer(id,
                PeakEndRequestReader.durationParam("gap", gap, PeakEndRequestReader.DEFAULT_GAP, PeakEndRequestReader.MAX_GAP),
                PeakEndRequestReader.durationParam("horizon", horizon, PeakEndRequestReader.DEFAULT_HORIZON, PeakEndRequestReader.MAX_HORIZON),
                PeakEndRequestReader.keyParam("purchaseType", purchaseType, this.purchaseType), cursor, limit);
    }
}
