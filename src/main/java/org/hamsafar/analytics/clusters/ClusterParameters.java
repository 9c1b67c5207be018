package org.hamsafar.analytics.clusters;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code clusters} job's parameters: {@code purchaseTypes} (default {@code ["purchase"]}),
 * {@code asOf} (default: when the job runs), {@code lookbackDays} (the window of the behaviour
 * features, default 365), {@code kMin} and {@code kMax} (the k tried, default 2 and 8, at most 12),
 * {@code restarts} (k-means++ restarts per k, default 3) and {@code seed} (default 1: the same data
 * give the same clusters).
 */
record ClusterParameters(List<String> purchaseTypes, Instant asOf, int lookbackDays, int kMin, int kMax, int restarts, long seed) {
    static final int MAX_K = 12;
    private static final Set<String> FIELDS = Set.of("purchaseTypes", "asOf", "lookbackDays", "kMin", "kMax", "restarts", "seed");

    static ClusterParameters read(JsonNode parameters, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: " + FIELDS));
            }
        });
        List<String> types = List.of("purchase");
        JsonNode typesNode = parameters.get("purchaseTypes");
        if (typesNode != null && !typesNode.isNull()) {
            if (!typesNode.isArray() || typesNode.isEmpty() || typesNode.size() > 10) {
                problems.add(new FieldProblem("parameters.purchaseTypes", "must be an array of 1 to 10 event types"));
            } else {
                Set<String> read = new LinkedHashSet<>();
                for (int i = 0; i < typesNode.size(); i++) {
                    JsonNode type = typesNode.get(i);
                    if (!type.isString() || !Keys.isKey(type.asString())) {
                        problems.add(new FieldProblem("parameters.purchaseTypes[" + i + "]", "must be an event type (a key such as purchase)"));
                    } else {
                        read.add(type.asString());
                    }
                }
                types = List.copyOf(read);
            }
        }
        Instant asOf = null;
        JsonNode asOfNode = parameters.get("asOf");
        if (asOfNode != null && !asOfNode.isNull()) {
            try {
                asOf = asOfNode.isString() ? IsoTimes.parseWithOffset(asOfNode.asString().strip()) : null;
            } catch (DateTimeException e) {
                asOf = null;
            }
            if (asOf == null) {
                problems.add(new FieldProblem("parameters.asOf", "must be an ISO-8601 date-time with offset, e.g. 2026-01-01T00:00:00Z"));
            } else if (asOf.isAfter(now)) {
                problems.add(new FieldProblem("parameters.asOf", "must not be in the future"));
            }
        }
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
        return new ClusterParameters(types, asOf, lookback, kMin, kMax, restarts, seed);
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
        return json;
    }
}
