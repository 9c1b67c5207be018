package org.hamsafar.analytics.basket;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamsafar.events.PurchaseBaskets.BasketQuery;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parameters of a basket analysis, read from JSON with every bad field named, and written back
 * with the defaults filled in (so that a stored job says exactly what it computed).
 */
record BasketParameters(String eventType, String itemProperty, Instant from, Instant to, MiningOptions options, String segment) {
    static final String DEFAULT_EVENT_TYPE = "purchase";
    static final String DEFAULT_ITEM_PROPERTY = "products";
    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    static final double DEFAULT_MIN_SUPPORT = 0.01;
    static final double DEFAULT_MIN_CONFIDENCE = 0.3;
    static final double DEFAULT_MIN_LIFT = 1.0;
    static final int DEFAULT_MAX_LENGTH = 5;
    static final int DEFAULT_MAX_RULES = 200;
    static final int MOST_RULES = 5000;
    /** The most frequent itemsets a job may find before it stops (about 100 bytes each while mining). */
    static final int MAX_ITEMSETS = 500_000;
    private static final Set<String> FIELDS = Set.of("eventType", "itemProperty", "from", "to", "minSupport", "minConfidence", "minLift",
            "maxLength", "consequent", "maxRules", "segment");

    BasketQuery query() {
        return new BasketQuery(eventType, itemProperty, from, to, segment);
    }

    /**
     * Reads {@code node} (an object; null or missing fields take their defaults). Field names in
     * problems start with {@code prefix} ("parameters." for a job, "" for the rules endpoint).
     */
    static BasketParameters read(JsonNode node, String prefix, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonNode body = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (!body.isObject()) {
            throw InvalidInputException.of(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "must be a JSON object");
        }
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(prefix + name, "unknown field; known: " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        });
        Fields fields = new Fields(body, prefix, problems);
        String eventType = fields.text("eventType", DEFAULT_EVENT_TYPE, Keys::isKey,
                "must be an event type: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'");
        String itemProperty = fields.text("itemProperty", DEFAULT_ITEM_PROPERTY, Keys::isCustomName,
                "must be a property name: a letter, then up to 63 letters, digits, '_', '.' or '-'");
        Instant to = fields.time("to", now);
        Instant from = fields.time("from", to.minus(DEFAULT_PERIOD));
        double minSupport = fields.fraction("minSupport", DEFAULT_MIN_SUPPORT);
        double minConfidence = fields.fraction("minConfidence", DEFAULT_MIN_CONFIDENCE);
        double minLift = fields.number("minLift", DEFAULT_MIN_LIFT, 0, 1e6, "must be a number of 0 or more (1 keeps rules that raise the chance)");
        int maxLength = fields.whole("maxLength", DEFAULT_MAX_LENGTH, 2, MiningOptions.LONGEST);
        int maxRules = fields.whole("maxRules", DEFAULT_MAX_RULES, 1, MOST_RULES);
        String consequent = fields.text("consequent", "single", v -> v.equals("single") || v.equals("any"), "must be single or any");
        String segment = fields.text("segment", null, Keys::isKey, SegmentMembers.RULE);
        if (problems.isEmpty() && !from.isBefore(to)) {
            problems.add(new FieldProblem(prefix + (body.has("from") ? "from" : "to"), "from must be before to"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MiningOptions options = new MiningOptions(minSupport, minConfidence, minLift, maxLength,
                MiningOptions.Consequent.valueOf(consequent.toUpperCase(Locale.ROOT)), maxRules, MAX_ITEMSETS);
        return new BasketParameters(eventType, itemProperty, from, to, options, segment);
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("eventType", eventType);
        json.put("itemProperty", itemProperty);
        json.put("from", from.toString());
        json.put("to", to.toString());
        json.put("minSupport", options.minSupport());
        json.put("minConfidence", options.minConfidence());
        json.put("minLift", options.minLift());
        json.put("maxLength", options.maxLength());
        json.put("consequent", options.consequent().name().toLowerCase(Locale.ROOT));
        json.put("maxRules", options.maxRules());
        json.put("segment", segment);
        return json;
    }

    /** Reads one field at a time, adding a problem (and returning the default) when it is bad. */
    private record Fields(JsonNode body, String prefix, List<FieldProblem> problems) {
        String text(String name, String fallback, java.util.function.Predicate<String> valid, String rule) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isString() || !valid.test(value.asString())) {
                problems.add(new FieldProblem(prefix + name, rule));
                return fallback;
            }
            return value.asString();
        }

        Instant time(String name, Instant fallback) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            try {
                if (value.isString()) {
                    return IsoTimes.parseQueryTime(Digits.latin(value.asString().strip()), ZoneOffset.UTC);
                }
            } catch (DateTimeException e) {
                // reported below
            }
            problems.add(new FieldProblem(prefix + name, "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00Z) or a date (2026-05-01, midnight UTC)"));
            return fallback;
        }

        /** A share in (0, 1]. */
        double fraction(String name, double fallback) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isNumber() || !(value.asDouble() > 0 && value.asDouble() <= 1)) {
                problems.add(new FieldProblem(prefix + name, "must be a number greater than 0 and at most 1 (a share of the baskets)"));
                return fallback;
            }
            return value.asDouble();
        }

        double number(String name, double fallback, double min, double max, String rule) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isNumber() || !(value.asDouble() >= min && value.asDouble() <= max)) {
                problems.add(new FieldProblem(prefix + name, rule));
                return fallback;
            }
            return value.asDouble();
        }

        int whole(String name, int fallback, int min, int max) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
                problems.add(new FieldProblem(prefix + name, "must be a whole number from " + min + " to " + max));
                return fallback;
            }
            return value.asInt();
        }
    }
}
