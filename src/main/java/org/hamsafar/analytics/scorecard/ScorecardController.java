package org.hamsafar.analytics.scorecard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestParam;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics", description = "Forecasts, scorecard and CX goals")
class ScorecardController {
    private final AnalyticsJobs jobs;

    ScorecardController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/analytics/scorecard")
    @Operation(summary = "The latest digital CX scorecard: six areas, each 0-100 per month, with formula and data source", description = """
            Reads the result of the latest successful `scorecard` job (run it with POST /api/v1/analytics/jobs {"kind": "scorecard"};
            parameters: `months` 1-24 (12), `calendar` gregorian | jalali, and the event types and channels that mean support contact,
            self-service, targeted message, checkout, purchase, cart and shopping journey). Areas: accessibility, service_convenience,
            purchase_convenience, personalisation, simplicity, channel_flexibility; each with `definition`, `source`, and per month
            `score` (null with `reason` when the store holds no data for it) and `components`. Without `segment`, the business's
            scorecard (the latest run without one); with `segment` (a segment's key, run with the parameter `segment`), the
            latest run over that segment's members, whose customer-based parts count only them. 404 until such a job has succeeded.""")
    Map<String, Object> latest(@RequestParam(required = false) String segment) {
        String key = segment == null || segment.isBlank() ? null : segment.strip();
        if (key != null && !Keys.isKey(key)) {
            throw InvalidInputException.of("segment", SegmentMembers.RULE);
        }
        AnalyticsJob job = jobs.latest(ScorecardAnalysis.KIND, key).orElseThrow(() -> new NotFoundException(
                "a computed scorecard" + (key == null ? "" : " of segment " + key) + " (run the scorecard analysis: POST /api/v1/analytics/jobs"
                        + " {\"kind\": \"scorecard\"" + (key == null ? "" : ", \"parameters\": {\"segment\": \"" + key + "\"}") + "})"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("jobId", job.id());
        out.put("computedAt", job.finishedAt());
        out.put("modelVersion", job.modelVersion());
        out.put("parameters", job.parameters());
        out.put("result", job.result());
        return out;
    }
}
