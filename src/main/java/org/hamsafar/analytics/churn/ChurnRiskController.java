package org.hamsafar.analytics.churn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.KindScore;
import org.hamsafar.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/analytics/churn")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, churn, clusters, segments, ...")
class ChurnRiskController {
    private final CustomerScores scores;
    private final AnalyticsJobs jobs;

    ChurnRiskController(CustomerScores scores, AnalyticsJobs jobs) {
        this.scores = scores;
        this.jobs = jobs;
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "A customer's churn risk and its top factors", description = """
            From the latest successful churn training (POST /api/v1/analytics/jobs {"kind": "churn", "parameters": {...}}; see
            the README for the parameters). Answers `customerId`, `risk` (probability of no activity event in the horizon,
            0..1), `band` (low < 0.25 <= medium < 0.5 <= high), `factors` (the three features that move this customer's
            log-odds most: `feature`, the customer's `value`, `contribution` = coefficient x standardised value; positive
            raises the risk), `jobId`, `scoredAt`, and the model's `cvAucMean`, `cvAucSd` and `holdoutAuc`. 404 when the
            customer was not scored (no activity event, merged, erased, or no training has succeeded).""")
    JsonNode customer(@PathVariable long id) {
        KindScore score = scores.of(id).stream().filter(s -> s.kind().equals(ChurnAnalysis.KIND)).findFirst()
                .orElseThrow(() -> new NotFoundException("a churn risk for customer " + id));
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("customerId", id);
        answer.put("risk", score.score());
        answer.put("band", score.label());
        answer.set("factors", score.detail() == null ? JsonNodeFactory.instance.arrayNode() : score.detail().path("factors"));
        answer.put("jobId", score.jobId());
        AnalyticsJob job = score.jobId() > 0 ? job(score.jobId()) : null;
        if (job != null && job.result() != null) {
            JsonNode result = job.result();
            answer.put("scoredAt", result.path("scoring").path("at").asString());
            answer.put("cvAucMean", result.path("crossValidation").path("aucMean").asDouble());
            answer.put("cvAucSd", result.path("crossValidation").path("aucSd").asDouble());
            answer.put("holdoutAuc", result.path("holdout").path("auc").asDouble());
        }
        return answer;
    }

    private AnalyticsJob job(long id) {
        try {
            return jobs.get(id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
