package org.hamsafar.analytics.rfm;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/analytics/rfm")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, clusters, segments, ...")
class RfmController {
    private final AnalyticsJobs jobs;

    RfmController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/segments")
    @Operation(summary = "RFM segments of the latest successful rfm job", description = """
            Run the job first: POST /api/v1/analytics/jobs {"kind": "rfm", "parameters": {"purchaseTypes": ["purchase"],
            "asOf": null, "lookbackDays": null}} (defaults: purchases of type `purchase`, recency to when the job runs, all
            history). Scores R, F, M are quintiles 1..5 (5 = most recent, most frequent, highest value; equal figures share
            the lower score); segments by the R×F grid: champions, loyal_customers, potential_loyalists, new_customers,
            promising, need_attention, about_to_sleep, cant_lose, at_risk, hibernating, lost. Answers `jobId`,
            `finishedAt`, `asOf`, `customers`, `segments` (each: `customers`, `share`, `totalValue`, `meanValue`,
            `meanRecencyDays`, `meanPurchases`), `grid` (25 R×F cells) and `scoreRanges` (the figures behind each score).
            404 until an rfm job has succeeded.""")
    JsonNode segments() {
        AnalyticsJob job = jobs.latest(RfmAnalysis.KIND).orElseThrow(() -> new NotFoundException("a successful rfm analysis"));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("jobId", job.id());
        answer.put("finishedAt", job.finishedAt() == null ? null : job.finishedAt().toString());
        answer.setAll((ObjectNode) job.result());
        return answer;
    }
}
