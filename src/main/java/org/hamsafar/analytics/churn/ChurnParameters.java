package org.hamsafar.analytics.churn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.analytics.jobs.PurchaseParameters;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of a churn training. A customer churned when, having had an activity event before
 * {@code cutoff}, they had none in the {@code horizonDays} after it; features are computed from the
 * {@code lookbackDays} before the cutoff. {@code c} (the inverse L2 penalty, as scikit-learn's C)
 * is chosen by cross-validation when absent. {@code segment} trains and scores only that segment's
 * customers; such a run keeps its result but stores no customer risks, so everyone's stay those of
 * the last whole run.
 */
record ChurnParameters(Instant cutoff, int horizonDays, int lookbackDays, List<String> activityTypes, List<String> contactTypes,
                       List<String> complaintTypes, Double c, int folds, String segment) {

    private static final Set<String> NAMES = Set.of("cutoff", "horizonDays", "lookbackDays", "activityTypes", "contactTypes",
            "complaintTypes", "c", "folds", "segment");

    Duration horizon() {
        return Duration.ofDays(horizonDays);
    }

    Duration lookback() {
        return Duration.ofDays(lookbackDays);
    }

    SnapshotReader.EventTypes eventTypes() {
        return new SnapshotReader.EventTypes(activityTypes, contactTypes, complaintTypes);
    }

    /**
     * Checks {@code given} and returns it with defaults filled in; the default cutoff is the start of
     * the UTC day {@code horizonDays} before {@code now} (the latest whose outcome is known).
     */
    static ObjectNode check(JsonNode given, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        given.propertyNames().forEach(name -> {
            if (!NAMES.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: " + NAMES.stream().sorted().toList()));
            }
        });
        int horizon = whole(given, "horizonDays", 90, 1, 730, problems);
        int lookback = whole(given, "lookbackDays", 365, 7, 3650, problems);
        int folds = whole(given, "folds", 5, 2, 10, problems);
        List<String> activity = types(given, "activityTypes", List.of("purchase"), 1, problems);
        List<String> contacts = types(given, "contactTypes", List.of("call_ended"), 0, problems);
        List<String> complaints = types(given, "complaintTypes", List.of("complaint"), 0, problems);
        String segment = PurchaseParameters.segment(given, problems);
        Instant latest = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(horizon));
        Instant cutoff = latest;
        JsonNode cutoffNode = given.get("cutoff");
        if (cutoffNode != null && !cutoffNode.isNull()) {
            cutoff = instant(cutoffNode, problems);
            if (cutoff != null && cutoff.isAfter(now.minus(Duration.ofDays(horizon)))) {
                problems.add(new FieldProblem("parameters.cutoff", "must be at least horizonDays (" + horizon
                        + ") before now, so that who churned is known; at the latest " + latest));
            }
        }
        Double c = null;
        JsonNode cNode = given.get("c");
        if (cNode != null && !cNode.isNull()) {
            if (!cNode.isNumber() || !(cNode.asDouble() > 0) || cNode.asDouble() > 1e6) {
                problems.add(new FieldProblem("parameters.c",
                        "must be a number above 0 and at most 1000000 (omit it to choose C by cross-validation)"));
            } else {
                c = cNode.asDouble();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ObjectNode checked = JsonNodeFactory.instance.objectNode();
        checked.put("cutoff", cutoff.toString());
        checked.put("horizonDays", horizon);
        checked.put("lookbackDays", lookback);
        array(checked.putArray("activityTypes"), activity);
        array(checked.putArray("contactTypes"), contacts);
        array(checked.putArray("complaintTypes"), complaints);
        if (c == null) {
            checked.putNull("c");
        } else {
            checked.put("c", c);
        }
        checked.put("folds", folds);
        checked.put("segment", segment);
        return checked;
    }

    /** The parameters of a checked object. */
    static ChurnParameters of(JsonNode checked) {
        JsonNode c = checked.get("c");
        return new ChurnParameters(Instant.parse(checked.get("cutoff").asString()), checked.get("horizonDays").asInt(),
                checked.get("lookbackDays").asInt(), strings(checked.get("activityTypes")), strings(checked.get("contactTypes")),
                strings(checked.get("complaintTypes")), c == null || c.isNull() ? null : c.asDouble(), checked.get("folds").asInt(),
                checked.path("segment").isString() ? checked.get("segment").asString() : null);
    }

    private static int whole(JsonNode given, String name, int fallback, int min, int max, List<FieldProblem> problems) {
        JsonNode node = given.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problems.add(new FieldProblem("parameters." + name, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return node.asInt();
    }

    private static List<String> types(JsonNode given, String name, List<String> fallback, int min, List<FieldProblem> problems) {
        JsonNode node = given.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        List<String> types = new ArrayList<>();
        boolean ok = node.isArray() && node.size() >= min && node.size() <= 20;
        if (ok) {
            for (JsonNode item : node) {
                ok &= item.isString() && Keys.isKey(item.asString());
                types.add(item.asString());
            }
        }
        if (!ok) {
            problems.add(new FieldProblem("parameters." + name,
                    "must be a list of " + min + " to 20 event types (lower-case keys such as purchase)"));
            return fallback;
        }
        return List.copyOf(new java.util.LinkedHashSet<>(types));
    }

    private static Instant instant(JsonNode node, List<FieldProblem> problems) {
        if (node.isString()) {
            String text = node.asString();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(new FieldProblem("parameters.cutoff", "must be a date (2025-01-31) or a time with offset (2025-01-31T00:00:00Z)"));
        return null;
    }

    private static void array(ArrayNode node, List<String> values) {
        values.forEach(node::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return List.copyOf(values);
    }
}
