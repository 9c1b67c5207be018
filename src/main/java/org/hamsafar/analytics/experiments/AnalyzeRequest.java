package org.hamsafar.analytics.experiments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hamsafar.events.ExperimentOutcomes;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import tools.jackson.databind.JsonNode;

/**
 * An experiment to read from events (see {@link ExperimentOutcomes} for the counting) and how to
 * test it. Defaults: variant property "variant", window 7 days (at most {@link #MAX_WINDOW}),
 * the last 30 days up to now (at most {@link #MAX_PERIOD}), metric "conversion", even weights.
 */
record AnalyzeRequest(ExperimentOutcomes.Query query, Metric metric, String control, double confidence, Alternative alternative,
                      Map<String, Double> weights) {
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final Duration MAX_PERIOD = Duration.ofDays(366);
    private static final Set<String> FIELDS = Set.of("exposureEventType", "variantProperty", "experiment", "conversionEventType", "window",
            "from", "to", "metric", "control", "confidence", "alternative", "weights", "segment");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    /** What is compared: the share of visitors who converted, or the mean value per visitor. */
    enum Metric {
        CONVERSION, VALUE
    }

    static AnalyzeRequest read(JsonNode body, ZoneId zone, Clock clock) {
        BodyFields fields = BodyFields.of(body, FIELDS);
        String exposure = key(fields, "exposureEventType");
        String conversion = key(fields, "conversionEventType");
        String variantProperty = fields.text("variantProperty", "variant", 64);
        if (variantProperty != null && !Keys.isCustomName(variantProperty)) {
            fields.problem("variantProperty", "must be a property name: a letter, then up to 63 letters, digits, '_', '.' or '-'");
        }
        String experiment = fields.text("experiment", null, 200);
        String segment = fields.text("segment", null, 64);
        if (segment != null && !Keys.isKey(segment)) {
            fields.problem("segment", SegmentMembers.RULE);
        }
        Duration window = fields.duration("window", DEFAULT_WINDOW, MAX_WINDOW);
        Instant from = fields.time("from", zone);
        Instant to = fields.time("to", zone);
        String metricText = fields.text("metric", "conversion", 16);
        Metric metric = "value".equals(metricText) ? Metric.VALUE : Metric.CONVERSION;
        if (metricText != null && !"value".equals(metricText) && !"conversion".equals(metricText)) {
            fields.problem("metric", "must be conversion (the share of visitors who converted) or value (the mean value per visitor)");
        }
        String control = fields.text("control", null, ExperimentRequests.MAX_NAME);
        Double confidence = fields.decimal("confidence", 0.95, 0.5, false, 0.9999, false);
        Alternative alternative = ExperimentRequests.alternative(fields);
        Map<String, Double> weights = weights(fields);
        fields.throwIfAny();
        if (to == null) {
            to = clock.instant();
        }
        if (from == null) {
            from = to.minus(DEFAULT_PERIOD);
        }
        if (!from.isBefore(to)) {
            throw InvalidInputException.of(body.hasNonNull("to") ? "to" : "from",
                    body.hasNonNull("to") ? "must be after from" : "must be before now (to defaults to now)");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidInputException.of("from", "must be at most " + MAX_PERIOD.toDays() + " days before to");
        }
        return new AnalyzeRequest(new ExperimentOutcomes.Query(exposure, variantProperty, experiment, conversion, window, from, to, segment),
                metric,
                control, confidence, alternative, weights);
    }

    private static String key(BodyFields fields, String field) {
        String value = fields.text(field, null, 64);
        if (value == null) {
            if (!fields.has(field)) {
                fields.problem(field, "is required: an event type");
            }
        } else if (!Keys.isKey(value)) {
            fields.problem(field, KEY_RULE);
        }
        return value;
    }

    /** {@code weights}: an object of variant name to its planned share (positive numbers, any scale). */
    private static Map<String, Double> weights(BodyFields fields) {
        JsonNode node = fields.get("weights");
        Map<String, Double> weights = new HashMap<>();
        if (node == null || node.isNull()) {
            return weights;
        }
        if (!node.isObject() || node.size() > ExperimentRequests.MAX_VARIANTS) {
            fields.problem("weights", "must be an object of up to " + ExperimentRequests.MAX_VARIANTS + " variant names and their planned shares");
            return weights;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            JsonNode w = entry.getValue();
            if (!w.isNumber() || !(w.doubleValue() > 0) || !Double.isFinite(w.doubleValue())) {
                fields.problem("weights." + entry.getKey(), "must be a positive number");
            } else {
                weights.put(entry.getKey(), w.doubleValue());
            }
        }
        return weights;
    }
}
