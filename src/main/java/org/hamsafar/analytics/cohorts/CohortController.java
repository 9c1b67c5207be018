package org.hamsafar.analytics.cohorts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/cohorts")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, clusters, segments, ...")
class CohortController {
    private final Cohorts cohorts;
    private final Clock clock;

    CohortController(Cohorts cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @PostMapping("/query")
    @Operation(summary = "Retention matrix by acquisition cohort", description = """
            Changes nothing (a `read` key may call it). Body (every field optional): `acquisitionEventType` (default
            `purchase`): a customer's cohort is the calendar `period` (`month`, default, or ISO `week` from Monday; UTC) of
            their first ever event of this type, when it falls in [`from`, `to`); `activityEventType` or
            `activityEventTypes` (up to 10; default: the acquisition type): a customer is active in period k after
            acquisition when they have such an event in it (from their acquisition on, before `until`); `from`, `to`,
            `until`: ISO-8601 date-times with offset or dates (midnight UTC); defaults: the last 12 periods up to now, and
            `until` = now (not before `to`); at most 60 cohorts and 120 periods; `metric`: `retention` (default; each cell's
            `value` is the share of the cohort active, 0..1) or `revenue` (the activity events' summed value per acquired
            customer). Each cohort lists every period begun by `until`, with `activeCustomers`, `retention`, `revenue`,
            `revenuePerCustomer` and `complete` (false for a period still running at `until`); `average` weighs each
            period by cohort size over the cohorts observed in it. `segment` (a segment's key, or any customer tag) keeps
            only the customers who carry it now.""")
    CohortMatrix query(@RequestBody JsonNode body) {
        return cohorts.matrix(CohortRequestReader.read(body, clock.instant()));
    }
}
