package org.hamsafar.analytics.drivers;

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
@RequestMapping("/api/v1/analytics/drivers")
@Tag(name = "Key drivers", description = "Which rated attributes move NPS or CSAT most")
class DriverController {
    private final DriverAnalysis analysis;
    private final ZoneId zone;
    private final Clock clock;

    DriverController(DriverAnalysis analysis, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.analysis = analysis;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Key-driver analysis of a survey's answers", description = """
            Changes nothing (a `read` key may call it). Body: `surveyId`, `outcomeQuestion` (a scored question's key; default the
            survey's first NPS, CSAT or CES question), `driverQuestions` (scored or yes/no question keys; default every other scored
            question), `from`/`to` (responses submitted in [from, to), ISO-8601 with offset or dates; default the last 365 days); `segment` (a segment's key or any customer tag: only the responses of customers
            who carry it now).
            Per response, the scores of the outcome and the drivers (pivoted in the database). On the complete responses: R² of the
            outcome on the drivers, Johnson's (2000) relative weights (each driver's part of R², raw and in % of R²), standardised
            betas with p-values and VIF. Pairwise (each pair its own n): the correlation matrix with p-values. Each driver's mean
            score and performance (mean placed on its scale, 0-1) and its quadrant: improve (above-average importance, below-average
            performance), maintain, monitor or surplus. Constant drivers and exact linear combinations of others are dropped and
            listed in `dropped`. Needs at least drivers + 10 complete responses (422 naming `from` with the count otherwise).""")
    DriverReport analyse(@RequestBody JsonNode body) {
        return analysis.analyse(DriverRequest.read(body, zone, clock));
    }
}
