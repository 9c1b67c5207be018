package org.hamsafar.analytics.churn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored result of a churn training: the data (customers, churn rate), the model's quality
 * (cross-validated AUC mean and sd, the grid of C, holdout AUC, accuracy and ROC curve), the model
 * (intercept, standardised coefficients with each feature's training mean and sd, dropped constant
 * features, imputed values) and the scoring of current customers (count, mean risk, distribution).
 */
final class ChurnResult {
    private ChurnResult() {
    }

    static ObjectNode json(ChurnParameters p, ChurnTraining.Trained model, ChurnFeatures features, RiskSummary summary, Instant scoredAt) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("cutoff", p.cutoff().toString());
        result.put("horizonDays", p.horizonDays());
        result.put("customers", model.churned() + model.retained());
        result.put("churned", model.churned());
        result.put("churnRate", round(model.churned() / (double) (model.churned() + model.retained())));
        ObjectNode cv = result.putObject("crossValidation");
        cv.put("folds", model.cv().aucs().length);
        cv.put("rows", model.cvRows());
        cv.put("aucMean", round(model.cv().mean()));
        cv.put("aucSd", round(model.cv().sd()));
        ArrayNode grid = result.putArray("cGrid");
        for (ChurnTraining.GridPoint g : model.grid()) {
            grid.addObject().put("c", g.c()).put("aucMean", round(g.aucMean())).put("aucSd", round(g.aucSd()));
        }
        result.put("c", model.c());
        result.put("cChosenBy", p.c() == null ? "cross-validation" : "parameter");
        ObjectNode holdout = result.putObject("holdout");
        holdout.put("rows", model.holdoutRows());
        holdout.put("auc", round(model.holdoutAuc()));
        holdout.put("accuracy", round(model.holdoutAccuracy()));
        ArrayNode roc = holdout.putArray("roc");
        for (RocAuc.Point point : model.roc()) {
            roc.addArray().add(round(point.falsePositiveRate())).add(round(point.truePositiveRate()));
        }
        result.put("intercept", round(model.fit().intercept()));
        result.put("newtonIterations", model.fit().iterations());
        coefficients(result.putArray("coefficients"), model);
        ArrayNode dropped = result.putArray("droppedFeatures");
        model.droppedNames().forEach(dropped::add);
        ObjectNode imputed = result.putObject("imputed");
        features.imputed().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> imputed.put(e.getKey(), e.getValue().isNaN() ? null : round(e.getValue())));
        ObjectNode scoring = result.putObject("scoring");
        scoring.put("at", scoredAt.toString());
        scoring.put("customers", summary.count);
        scoring.put("meanRisk", summary.count == 0 ? null : round(summary.mean()));
        ArrayNode bins = scoring.putArray("distribution");
        for (long bin : summary.bins) {
            bins.add(bin);
        }
        scoring.putObject("bands").put("low", summary.low).put("medium", summary.medium).put("high", summary.high);
        return result;
    }

    private static void coefficients(ArrayNode out, ChurnTraining.Trained model) {
        Standardisation columns = model.columns();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            order.add(j);
        }
        double[] w = model.fit().weights();
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(w[j])));
        for (int j : order) {
            out.addObject().put("feature", model.names().get(columns.kept()[j])).put("coefficient", round(w[j]))
                    .put("mean", round(columns.center()[j])).put("sd", round(columns.scale()[j]));
        }
    }

    static double round(double value) {
        return Math.round(value * 1e4) / 1e4;
    }
}
