package org.hamsafar.analytics.churn;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.customers.CustomerTagSets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The churn training job ({@code kind = churn}): customers' features at a past cutoff and whether
 * they churned in the horizon after it train a regularised logistic regression (measured by
 * cross-validated and holdout AUC); the model then scores every current customer from their
 * features now, and the risks with their top three factors replace the stored churn scores.
 */
@Component
class ChurnAnalysis implements Analysis {
    static final String KIND = "churn";
    /** Rows the grid of C is cross-validated on at most (see {@link ChurnTraining}). */
    static final int MAX_TUNING_ROWS = 200_000;
    private final SnapshotReader snapshots;
    private final CustomerScores scores;
    private final CustomerTagSets tagSets;
    private final Clock clock;

    ChurnAnalysis(SnapshotReader snapshots, CustomerScores scores, CustomerTagSets tagSets, Clock clock) {
        this.snapshots = snapshots;
        this.scores = scores;
        this.tagSets = tagSets;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "logistic-l2-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        return ChurnParameters.check(parameters, clock.instant());
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        ChurnParameters p = ChurnParameters.of(parameters);
        Instant now = clock.instant();
        progress.report(0.02, "reading customers at the cutoff");
        long[] members = p.segment() == null ? null : tagSets.members(p.segment());
        CustomerSnapshot training = snapshots.read(p.cutoff(), p.lookback(), p.eventTypes(), members);
        ChurnFeatures features = ChurnFeatures.fit(training);
        ChurnFeatures.Rows rows = features.rows(training);
        progress.report(0.25, "reading who was active after the cutoff");
        long[] active = snapshots.activeBetween(p.activityTypes(), p.cutoff(), p.cutoff().plus(p.horizon()));
        boolean[] churned = new boolean[rows.ids().length];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = Arrays.binarySearch(active, rows.ids()[i]) < 0;
        }
        ChurnTraining.Trained model = ChurnTraining.train(rows.names(), rows.x(), churned,
                new ChurnTraining.Options(p.c(), p.folds(), 1, MAX_TUNING_ROWS), progress);
        rows = null;
        training = null;

        progress.report(0.82, "reading current customers");
        ChurnFeatures.Rows current = features.rows(snapshots.read(now, p.lookback(), p.eventTypes(), members));
        progress.report(0.9, "scoring current customers");
        RiskSummary summary = new RiskSummary();
        List<CustomerScore> risks = new ArrayList<>(current.ids().length);
        double[] scratch = new double[model.columns().size()];
        for (int i = 0; i < current.ids().length; i++) {
            double risk = model.probability(current.x()[i], scratch);
            summary.add(risk);
            risks.add(new CustomerScore(current.ids()[i], risk, RiskSummary.band(risk), RiskFactors.detail(model, current.x()[i])));
        }
        if (p.segment() == null) {
            progress.report(0.95, "storing " + risks.size() + " risks");
            scores.replace(KIND, progress.jobId(), risks);
        }
        ObjectNode result = ChurnResult.json(p, model, features, summary, now);
        result.put("segment", p.segment());
        result.put("scoresStored", p.segment() == null);
        return new AnalysisOutcome(result, p.cutoff().minus(p.lookback()), now);
    }
}
