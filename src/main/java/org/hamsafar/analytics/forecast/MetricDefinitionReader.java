package org.hamsafar.analytics.forecast;

import java.util.List;
import java.util.Set;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Reads a metric definition ({@code {"kind": "nps", "surveyId": 3, "touchpoint": "checkout"}}) from
 * a request body, naming each bad field under {@code prefix} ({@code metric.kind}). A filter that
 * does not apply to the kind is refused rather than ignored.
 */
public final class MetricDefinitionReader {
    private static final Set<String> FIELDS = Set.of("kind", "eventType", "surveyId", "touchpoint", "channel", "segment");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 of a-z 0-9 _ . -";

    private MetricDefinitionReader() {
    }

    /** The definition, or null (with problems added) when it is missing or not usable. */
    public static MetricDefinition read(JsonNode node, String prefix, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(prefix, "is required: {\"kind\": one of " + MetricKind.keys() + "}"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem(prefix, "must be an object such as {\"kind\": \"nps\"}"));
            return null;
        }
        int before = problems.size();
        node.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(prefix + "." + name, "unknown field"));
            }
        });
        JsonNode kindNode = node.get("kind");
        MetricKind kind = kindNode != null && kindNode.isString() ? MetricKind.fromKey(kindNode.asString().strip()).orElse(null) : null;
        if (kind == null) {
            problems.add(new FieldProblem(prefix + ".kind", "must be one of " + MetricKind.keys()));
        }
        String eventType = key(node, "eventType", prefix, problems);
        String touchpoint = key(node, "touchpoint", prefix, problems);
        String segment = key(node, "segment", prefix, problems);
        String channel = null;
        JsonNode channelNode = node.get("channel");
        if (channelNode != null && !channelNode.isNull()) {
            channel = channelNode.isString() ? channelNode.asString().strip() : null;
            if (channel == null || Channel.fromKey(channel).isEmpty()) {
                problems.add(new FieldProblem(prefix + ".channel", "must be a channel key such as web, app, phone or chat"));
                channel = null;
            }
        }
        Long surveyId = null;
        JsonNode surveyNode = node.get("surveyId");
        if (surveyNode != null && !surveyNode.isNull()) {
            if (!surveyNode.isIntegralNumber() || !surveyNode.canConvertToLong() || surveyNode.asLong() < 1) {
                problems.add(new FieldProblem(prefix + ".surveyId", "must be a survey id (a whole number from 1)"));
            } else {
                surveyId = surveyNode.asLong();
            }
        }
        if (kind != null) {
            boolean events = kind == MetricKind.EVENTS || kind == MetricKind.REVENUE;
            if (eventType != null && !events) {
                problems.add(new FieldProblem(prefix + ".eventType", "applies only to events and revenue"));
            }
            if (surveyId != null && (events || kind == MetricKind.CASES)) {
                problems.add(new FieldProblem(prefix + ".surveyId", "applies only to nps, csat, ces and sentiment"));
            }
            if (kind == MetricKind.CASES && (touchpoint != null || channel != null)) {
                problems.add(new FieldProblem(prefix + (touchpoint != null ? ".touchpoint" : ".channel"), "does not apply to cases"));
            }
        }
        return problems.size() > before ? null : new MetricDefinition(kind, eventType, surveyId, touchpoint, channel, segment);
    }

    private static String key(JsonNode node, String field, String prefix, List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString().strip() : null;
        if (text == null || !Keys.isKey(text)) {
            problems.add(new FieldProblem(prefix + "." + field, KEY_RULE));
            return null;
        }
        return text;
    }
}
