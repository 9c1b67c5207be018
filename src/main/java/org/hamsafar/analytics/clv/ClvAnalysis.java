package org.hamsafar.analytics.clv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.JobProgress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lifetime-value job ({@code kind = clv}): fits the purchase model and the spend model to the
 * purchase events up to the calibration end (by default yesterday, UTC) and replaces every
 * customer's stored CLV score: the score is the discounted lifetime value (the expected purchases
 * in the window when no spend model could be fitted), the label how likely the customer is still
 * active ({@link #label}), the detail P(alive), expected purchases and spend, and x, t_x, T.
 */
@Component
class ClvAnalysis implements Analysis {
    static final String KIND = "clv";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ClvFitting fitting;
    private final CustomerScores scores;
    private final Clock clock;

    ClvAnalysis(ClvFitting fitting, CustomerScores scores, Clock clock) {
        this.fitting = fitting;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "btyd-gammagamma-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        return ClvParameters.read(parameters, "parameters.", today(), false).toJson();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        ClvParameters p = ClvParameters.read(parameters, "parameters.", today(), false);
        ClvFitting.Outcome outcome = fitting.fit(p, progress, true);
        if (p.segment() == null) {
            progress.report(0.9, "storing " + outcome.values().size() + " customers' values");
            List<CustomerScore> rows = new ArrayList<>(outcome.values().size());
            for (int i = 0; i < outcome.values().size(); i++) {
                rows.add(score(outcome.customers().get(i), outcome.values().get(i)));
            }
            scores.replace(KIND, progress.jobId(), rows);
        }
        outcome.result().put("segment", p.segment());
        outcome.result().put("scoresStored", p.segment() == null);
        LocalDate first = outcome.firstPurchase();
        LocalDate last = p.holdoutEnd() == null ? p.calibrationEnd() : p.holdoutEnd();
        return new AnalysisOutcome(JSON.valueToTree(outcome.result()), first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Active from P(alive) 0.7, at risk from 0.3, likely lost below. */
    static String label(double probabilityAlive) {
        return probabilityAlive >= 0.7 ? "active" : probabilityAlive >= 0.3 ? "at_risk" : "likely_lost";
    }

    private static CustomerScore score(CustomerSummary c, CustomerValue v) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("probabilityAlive", ClvFitting.round(v.probabilityAlive(), 6));
        detail.put("expectedPurchases", ClvFitting.round(v.expectedPurchases(), 6));
        if (v.expectedSpend() != null) {
            detail.put("expectedSpend", ClvFitting.round(v.expectedSpend(), 4));
        }
        detail.put("x", c.frequency());
        detail.put("tx", ClvFitting.round(c.recency(), 4));
        detail.put("T", ClvFitting.round(c.age(), 4));
        double score = v.clv() != null ? ClvFitting.round(v.clv(), 4) : ClvFitting.round(v.expectedPurchases(), 6);
        return new CustomerScore(c.customerId(), score, label(v.probabilityAlive()), detail);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

}
