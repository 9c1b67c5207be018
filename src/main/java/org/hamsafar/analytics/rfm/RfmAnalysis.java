package org.hamsafar.analytics.rfm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.PurchaseSummaries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code rfm} job: every customer with a purchase gets quintile scores R, F and M (computed in
 * the store by {@link PurchaseSummaries}) and the named segment of its R×F cell ({@link RfmGrid}),
 * stored as customer scores of kind {@code rfm} (label: the segment; score: the code
 * {@code 100 R + 10 F + M}, e.g. 545); the result holds each segment's size, value and recency.
 */
@Component
class RfmAnalysis implements Analysis {
    static final String KIND = "rfm";
    /** Fewer customers than this make quintiles meaningless (each would hold one or two customers). */
    static final int MIN_CUSTOMERS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PurchaseSummaries purchases;
    private final CustomerScores scores;
    private final Clock clock;

    RfmAnalysis(PurchaseSummaries purchases, CustomerScores scores, Clock clock) {
        this.purchases = purchases;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "rfm-quintiles-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        return RfmParameters.read(parameters, clock.instant()).json();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        RfmParameters p = RfmParameters.read(parameters, clock.instant());
        Instant asOf = p.asOf() == null ? clock.instant() : p.asOf();
        Instant from = p.lookbackDays() == null ? null : asOf.minus(Duration.ofDays(p.lookbackDays()));
        progress.report(0.05, "scoring customers in the store");
        RfmSummary summary = new RfmSummary(asOf);
        List<CustomerScore> rows = new ArrayList<>();
        Instant[] first = new Instant[1];
        purchases.forEachRfm(p.purchaseTypes(), from, asOf, p.segment(), score -> {
            summary.add(score);
            ObjectNode detail = JsonNodeFactory.instance.objectNode().put("r", score.r()).put("f", score.f()).put("m", score.m())
                    .put("recencyDays", RfmSummary.round(summary.recencyDays(score), 1)).put("purchases", score.purchases())
                    .put("value", score.value().doubleValue());
            rows.add(new CustomerScore(score.customerId(), (double) (100 * score.r() + 10 * score.f() + score.m()),
                    RfmGrid.segment(score.r(), score.f()), detail));
        });
        if (summary.customers() < MIN_CUSTOMERS) {
            throw new AnalysisFailure("too little data: RFM scores need purchases (" + String.join(", ", p.purchaseTypes())
                    + ") of at least " + MIN_CUSTOMERS + " customers" + (from == null ? "" : " in the last " + p.lookbackDays() + " days")
                    + " before " + asOf + "; found " + summary.customers());
        }
        if (p.segment() == null) {
            progress.report(0.6, "storing " + rows.size() + " customers' scores");
            scores.replace(KIND, progress.jobId(), rows);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("asOf", asOf.toString());
        result.put("lookbackDays", p.lookbackDays());
        result.put("purchaseTypes", p.purchaseTypes());
        result.put("segment", p.segment());
        result.put("scoresStored", p.segment() == null);
        result.put("customers", summary.customers());
        result.put("segments", summary.segments());
        result.put("grid", summary.grid());
        result.put("scoreRanges", summary.scoreRanges());
        progress.report(1, "done");
        return new AnalysisOutcome(JSON.valueToTree(result), from, asOf);
    }

}
