package org.hamsafar.analytics.clv;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.analytics.jobs.KindScore;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/clv")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, churn, CLV, clusters, segments, ...")
class ClvController {
    private final ClvFitting fitting;
    private final CustomerScores scores;
    private final AnalyticsJobs jobs;
    private final Clock clock;

    ClvController(ClvFitting fitting, CustomerScores scores, AnalyticsJobs jobs, Clock clock) {
        this.fitting = fitting;
        this.scores = scores;
        this.jobs = jobs;
        this.clock = clock;
    }

    @PostMapping("/fit")
    @Operation(summary = "Fit a CLV purchase model (synchronously) and compare it with a holdout period", description = """
            Body: `model` (`bgnbd` default, or `paretonbd`), `purchaseEventType` (default `purchase`), `calibrationEnd` (required,
            YYYY-MM-DD: the last UTC day of the calibration period), `holdoutEnd` (optional, after calibrationEnd), `timeUnit`
            (`day`, `week` default, `month`). Every customer whose first purchase event falls on or before calibrationEnd is
            one observation: purchases on one UTC day are one purchase, the first is not a repeat. Answers `parameters`
            (r, alpha, a, b or r, alpha, s, beta; alpha and beta in the time unit), `logLikelihood`, `spendModel` (Gamma-Gamma
            p, q, gamma fitted on repeat purchases' `value`, or `fitted: false` with the reason), `data`, `holdout` (mean
            predicted and actual holdout purchases by calibration repeat purchases 0..6, 7+) and `tracking` (cumulative repeat
            purchases, actual and predicted, by week). Computes, stores nothing: run the `clv` analysis job to score customers.
            422 names a bad field; 422 `cannot-fit` says when the data are too few (at least 30 customers, 10 with a repeat
            purchase) or the fit did not converge.""")
    Map<String, Object> fit(@RequestBody(required = false) JsonNode body) {
        ClvParameters p = ClvParameters.read(body, "", LocalDate.now(clock.withZone(ZoneOffset.UTC)), true);
        return fitting.fit(p, JobProgress.NONE, false).result();
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "A customer's lifetime value, P(alive) and expected purchases", description = """
            From the latest successful `clv` job (POST /api/v1/analytics/jobs {"kind": "clv", "parameters": {...}}). Answers
            `customerId`, `clv` (discounted over the job's horizon; null without a spend model), `probabilityAlive`, `status`
            (active from 0.7, at_risk from 0.3, likely_lost), `expectedPurchases` (in the job's predictionPeriods), `expectedSpend`
            per purchase, the customer's `x`, `tx`, `T` (time unit of the job), `jobId` and the job's `model`, `parameters` and
            `settings`. 404 when the customer was not scored.""")
    Map<String, Object> customer(@PathVariable long id) {
        KindScore score = scores.of(id).stream().filter(s -> s.kind().equals(ClvAnalysis.KIND)).findFirst()
                .orElseThrow(() -> new NotFoundException("a lifetime value for customer " + id));
        JsonNode d = score.detail();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("customerId", id);
        answer.put("clv", d.has("expectedSpend") ? score.score() : null);
        answer.put("probabilityAlive", d.path("probabilityAlive").asDouble());
        answer.put("status", score.label());
        answer.put("expectedPurchases", d.path("expectedPurchases").asDouble());
        answer.put("expectedSpend", d.has("expectedSpend") ? d.get("expectedSpend").asDouble() : null);
        answer.put("x", d.path("x").asInt());
        answer.put("tx", d.path("tx").asDouble());
        answer.put("T", d.path("T").asDouble());
        answer.put("jobId", score.jobId());
        AnalyticsJob job = job(score.jobId());
        if (job != null && job.result() != null) {
            answer.put("model", job.result().path("model").asString());
            answer.put("parameters", job.result().path("parameters"));
            answer.put("timeUnit", job.result().path("data").path("timeUnit").asString());
            answer.put("settings", job.result().path("settings"));
        }
        return answer;
    }

    private AnalyticsJob job(long id) {
        try {
            return id > 0 ? jobs.get(id) : null;
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Too little data or no convergence: the data, not a field, are the problem. */
    @ExceptionHandler(AnalysisFailure.class)
    ResponseEntity<ProblemDetail> cannotFit(AnalysisFailure e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "cannot-fit", e.getMessage()));
    }
}
