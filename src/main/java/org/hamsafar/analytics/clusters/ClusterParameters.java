package org.hamsafar.analytics.clusters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.analytics.jobs.PurchaseParameters;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code clusters} job's parameters: {@code purchaseTypes} (default {@code ["purchase"]}),
 * {@code asOf} (default: when the job runs), {@code lookbackDays} (the window of the behaviour
 * features, default 365), {@code kMin} and {@code kMax} (the k tried, default 2 and 8, at most 12),
 * {@code restarts} (k-means++ restarts per k, default 3), {@code seed} (default 1: the same data
 * give the same clusters) and {@code segment} (cluster only that segment's customers; its clustering,
 * like any other, becomes the customers' cluster labels, so that its clusters can be saved as personas).
 */
record ClusterParameters(List<String> purchaseTypes, Instant asOf, int lookbackDays, int kMin, int kMax, int restarts, long seed,
                         String segment) {
    static final int MAX_K = 12;
    private static final Set<String> FIELDS = Set.of("purchaseTypes", "asOf", "lookbackDays", "kMin", "kMax", "restarts", "seed",
            "segment");

    static ClusterParameters read(JsonNode parameters, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: " + FIELDS));
            }
        });
        List<String> types = PurchaseParameters.purchaseTypes(parameters, 10, problems);
        Instant asOf = PurchaseParameters.asOf(parameters, now, problems);
        String segment = PurchaseParameters.segment(parameters, problems);
        int lookback = whole(parameters, "lookbackDays", 365, 1, 3650, problems);
        int kMin = whole(parameters, "kMin", 2, 2, MAX_K, problems);
        int kMax = whole(parameters, "kMax", 8, 2, MAX_K, problems);
        int restarts = whole(parameters, "restarts", 3, 1, 10, problems);
        long seed = whole(parameters, "seed", 1, 0, Integer.MAX_VALUE, problems);
        if (kMin > kMax) {
            problems.add(new FieldProblem("parameters.kMin", "must not be above kMax (" + kMax + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ClusterParameters(types, asOf, lookback, kMin, kMax, restarts, seed, segment);
    }

    private static int whole(JsonNode parameters, String name, int fallback, int min, int max, List<FieldProblem> problems) {
        JsonNode node = parameters.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problems.add(new FieldProblem("parameters." + name, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return node.asInt();
    }

    ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode types = json.putArray("purchaseTypes");
        purchaseTypes.forEach(types::add);
        json.put("asOf", asOf == null ? null : asOf.toString());
        json.put("lookbackDays", lookbackDays);
        json.put("kMin", kMin);
        json.put("kMax", kMax);
        json.put("restarts", restarts);
        json.put("seed", seed);
        json.put("segment", segment);
        return json;
    }
}
