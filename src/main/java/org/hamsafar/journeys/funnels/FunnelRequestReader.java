package org.hamsafar.journeys.funnels;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.events.InteractionFunnels.PropertyMatch;
import org.hamsafar.events.InteractionFunnels.StepMatch;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.Digits;
import org.hamsafar.journeys.QueryTimes;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import tools.jackson.databind.JsonNode;

/**
 * Reads a funnel query body field by field, naming every offending field ({@code steps[2].channel},
 * {@code steps[1].properties.plan}, {@code breakdown.key}, ...) so a client can fix all of them at
 * once. Unknown fields are refused. Nothing is half-read: any problem is a 422 for the whole body.
 */
final class FunnelRequestReader {
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final String DEFAULT_WINDOW = "P7D";
    /** Longest string a property condition may compare with. */
    static final int MAX_PROPERTY_TEXT = 500;
    private static final Set<String> FIELDS = Set.of("steps", "window", "from", "to", "breakdown");
    private static final Set<String> DROPPED_FIELDS = Set.of("steps", "window", "from", "to", "breakdown", "step", "limit",
            "cursor", "group");
    private static final Set<String> STEP_FIELDS = Set.of("type", "channel", "touchpoint", "properties", "optional");
    private static final Set<String> BREAKDOWN_FIELDS = Set.of("by", "segments", "key");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private FunnelRequestReader() {
    }

    /** The body of {@code POST /funnels/query}. */
    static FunnelDefinition read(JsonNode body, ZoneId zone, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        FunnelDefinition definition = read(body, FIELDS, zone, clock, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return definition;
    }

    /** The body of {@code POST /funnels/dropped}: a funnel and {@code step}, {@code limit}, {@code cursor}, {@code group}. */
    static DroppedQuery readDropped(JsonNode body, ZoneId zone, Clock clock) {
        List<FieldProblem> problems = new ArrayList<>();
        FunnelDefinition definition = read(body, DROPPED_FIELDS, zone, clock, problems);
        JsonNode stepNode = body.get("step");
        int steps = definition == null ? 0 : definition.steps().size();
        int step = 0;
        if (stepNode == null || stepNode.isNull()) {
            problems.add(new FieldProblem("step", "is required: the step (1 to the last) whose dropped customers to list"));
        } else if (!stepNode.isIntegralNumber() || !stepNode.canConvertToInt()) {
            problems.add(new FieldProblem("step", "must be a whole number"));
        } else {
            step = stepNode.asInt();
            if (definition != null && (step < 1 || step >= steps)) {
                problems.add(new FieldProblem("step", "must be from 1 to " + (steps - 1) + " (step 0 is where customers enter)"));
            }
        }
        int limit = DroppedQuery.DEFAULT_LIMIT;
        JsonNode limitNode = body.get("limit");
        if (limitNode != null && !limitNode.isNull()) {
            if (!limitNode.isIntegralNumber() || !limitNode.canConvertToInt() || limitNode.asInt() < 1
                    || limitNode.asInt() > DroppedQuery.MAX_LIMIT) {
                problems.add(new FieldProblem("limit", "must be a whole number from 1 to " + DroppedQuery.MAX_LIMIT));
            } else {
                limit = limitNode.asInt();
            }
        }
        Long after = null;
        JsonNode cursorNode = body.get("cursor");
        if (cursorNode != null && !cursorNode.isNull()) {
            try {
                after = cursorNode.isString() ? Cursors.decodeLong(cursorNode.asString()) : null;
            } catch (InvalidInputException e) {
                after = null;
            }
            if (after == null) {
                problems.add(new FieldProblem("cursor", "is not a cursor returned by this API"));
            }
        }
        String group = null;
        JsonNode groupNode = body.get("group");
        if (groupNode != null && !groupNode.isNull()) {
            if (!groupNode.isString() || groupNode.asString().isBlank() || groupNode.asString().length() > 200) {
                problems.add(new FieldProblem("group", "must be a breakdown group's value, \"(none)\" or \"(other)\""));
            } else if (body.get("breakdown") == null || body.get("breakdown").isNull()) {
                problems.add(new FieldProblem("group", "needs a breakdown"));
            } else {
                group = groupNode.asString();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DroppedQuery(definition, step, limit, after, group);
    }

    /** The funnel part of a body; null (with problems added) when it is not usable. */
    private static FunnelDefinition read(JsonNode body, Set<String> fields, ZoneId zone, Clock clock, List<FieldProblem> problems) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        body.propertyNames().forEach(name -> {
            if (!fields.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        int before = problems.size();
        List<StepMatch> steps = steps(body.get("steps"), problems);
        String windowText = DEFAULT_WINDOW;
        Duration window = Duration.ofDays(7);
        JsonNode windowNode = body.get("window");
        if (windowNode != null && !windowNode.isNull()) {
            windowText = windowNode.isString() ? windowNode.asString().strip() : null;
            window = windowText == null ? null : window(windowText, problems);
            if (windowText == null) {
                problems.add(new FieldProblem("window", "must be a string such as \"7d\", \"24h\", \"90m\" or \"P7D\""));
            }
        }
        Instant from = QueryTimes.read(body, "from", zone, problems);
        Instant to = QueryTimes.read(body, "to", zone, problems);
        FunnelBreakdown breakdown = breakdown(body.get("breakdown"), problems);
        if (problems.size() > before) {
            return null;
        }
        if (to == null) {
            to = clock.instant();
        }
        if (from == null) {
            from = to.minus(DEFAULT_PERIOD);
        }
        if (!from.isBefore(to)) {
            problems.add(new FieldProblem(body.has("to") ? "to" : "from",
                    body.has("to") ? "must be after from" : "must be before now (to defaults to now)"));
            return null;
        }
        return new FunnelDefinition(steps, window, windowText, from, to, breakdown);
    }

    private static List<StepMatch> steps(JsonNode node, List<FieldProblem> problems) {
        int max = InteractionFunnels.MAX_STEPS;
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem("steps", "is required: 2 to " + max + " steps"));
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("steps", "must be an array of 2 to " + max + " steps"));
            return List.of();
        }
        if (node.size() < 2 || node.size() > max) {
            problems.add(new FieldProblem("steps", "must have 2 to " + max + " steps, not " + node.size()));
            return List.of();
        }
        List<StepMatch> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            StepMatch step = step(node.get(i), "steps[" + i + "]", i == 0 || i == node.size() - 1, problems);
            if (step != null) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static StepMatch step(JsonNode step, String path, boolean firstOrLast, List<FieldProblem> problems) {
        if (!step.isObject()) {
            problems.add(new FieldProblem(path, "must be an object with any of type, channel, touchpoint, properties"));
            return null;
        }
        int before = problems.size();
        step.propertyNames().forEach(name -> {
            if (!STEP_FIELDS.contains(name)) {
                problems.add(new FieldProblem(path + "." + name, "unknown field"));
            }
        });
        String type = key(step, path, "type", problems);
        String channel = text(step, path, "channel", problems);
        if (channel != null && Channel.fromKey(channel).isEmpty()) {
            problems.add(new FieldProblem(path + ".channel", "must be one of " + channels()));
            channel = null;
        }
        String touchpoint = key(step, path, "touchpoint", problems);
        List<PropertyMatch> properties = properties(step.get("properties"), path + ".properties", problems);
        boolean optional = false;
        JsonNode optionalNode = step.get("optional");
        if (optionalNode != null && !optionalNode.isNull()) {
            if (!optionalNode.isBoolean()) {
                problems.add(new FieldProblem(path + ".optional", "must be true or false"));
            } else if (optionalNode.booleanValue() && firstOrLast) {
                problems.add(new FieldProblem(path + ".optional", "the first and the last step cannot be optional"));
            } else {
                optional = optionalNode.booleanValue();
            }
        }
        if (problems.size() > before) {
            return null;
        }
        if (type == null && channel == null && touchpoint == null && properties.isEmpty()) {
            problems.add(new FieldProblem(path, "needs at least one of type, channel, touchpoint, properties"));
            return null;
        }
        return new StepMatch(type, channel, touchpoint, properties, optional);
    }

    /** Up to 5 conditions {@code name: value}; names are keys; values strings, numbers or booleans. */
    private static List<PropertyMatch> properties(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem(path, "must be an object of property names and the values they must equal"));
            return List.of();
        }
        if (node.size() > InteractionFunnels.MAX_PROPERTIES) {
            problems.add(new FieldProblem(path, "must have at most " + InteractionFunnels.MAX_PROPERTIES + " properties, not " + node.size()));
            return List.of();
        }
        List<PropertyMatch> properties = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String field = path + "." + name;
            if (!Keys.isKey(name)) {
                problems.add(new FieldProblem(field, "is not a property name: " + KEY_RULE.substring("must be ".length())));
            } else if (value.isString()) {
                if (value.asString().length() > MAX_PROPERTY_TEXT) {
                    problems.add(new FieldProblem(field, "must be at most " + MAX_PROPERTY_TEXT + " characters"));
                } else {
                    properties.add(new PropertyMatch(name, value.asString()));
                }
            } else if (value.isNumber()) {
                BigDecimal number = value.decimalValue();
                properties.add(new PropertyMatch(name, number));
            } else if (value.isBoolean()) {
                properties.add(new PropertyMatch(name, value.booleanValue()));
            } else {
                problems.add(new FieldProblem(field, "must be a string, a number or true/false"));
            }
        }
        return properties;
    }

    private static FunnelBreakdown breakdown(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("breakdown", "must be an object such as {\"by\": \"channel\"}"));
            return null;
        }
        int before = problems.size();
        node.propertyNames().forEach(name -> {
            if (!BREAKDOWN_FIELDS.contains(name)) {
                problems.add(new FieldProblem("breakdown." + name, "unknown field"));
            }
        });
        JsonNode byNode = node.get("by");
        String by = byNode != null && byNode.isString() ? byNode.asString() : null;
        if (!FunnelBreakdown.CHANNEL.equals(by) && !FunnelBreakdown.SEGMENT.equals(by) && !FunnelBreakdown.ATTRIBUTE.equals(by)) {
            problems.add(new FieldProblem("breakdown.by", "must be \"channel\", \"segment\" or \"attribute\""));
            return null;
        }
        boolean hasSegments = node.has("segments") && !node.get("segments").isNull();
        boolean hasKey = node.has("key") && !node.get("key").isNull();
        if (hasSegments && !FunnelBreakdown.SEGMENT.equals(by)) {
            problems.add(new FieldProblem("breakdown.segments", "is only for \"by\": \"segment\""));
        }
        if (hasKey && !FunnelBreakdown.ATTRIBUTE.equals(by)) {
            problems.add(new FieldProblem("breakdown.key", "is only for \"by\": \"attribute\""));
        }
        List<String> segments = null;
        String key = null;
        if (FunnelBreakdown.SEGMENT.equals(by)) {
            segments = segments(node.get("segments"), problems);
        } else if (FunnelBreakdown.ATTRIBUTE.equals(by)) {
            JsonNode keyNode = node.get("key");
            key = keyNode != null && keyNode.isString() ? keyNode.asString() : null;
            if (!CustomerGroupings.isGroupableAttribute(key)) {
                problems.add(new FieldProblem("breakdown.key", "must be one of " + String.join(", ", CustomerGroupings.attributes())
                        + " or custom.<name> of a custom attribute"));
            }
        }
        return problems.size() > before ? null : new FunnelBreakdown(by, segments, key);
    }

    private static List<String> segments(JsonNode node, List<FieldProblem> problems) {
        int max = FunnelBreakdown.MAX_SEGMENTS;
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty() || node.size() > max) {
            problems.add(new FieldProblem("breakdown.segments", "must be an array of 1 to " + max + " customer tags"));
            return null;
        }
        List<String> segments = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode tag = node.get(i);
            String path = "breakdown.segments[" + i + "]";
            if (!tag.isString() || !Keys.isKey(tag.asString())) {
                problems.add(new FieldProblem(path, KEY_RULE));
            } else if (!seen.add(tag.asString())) {
                problems.add(new FieldProblem(path, "is named twice"));
            } else {
                segments.add(tag.asString());
            }
        }
        return segments;
    }

    private static String channels() {
        return String.join(", ", Arrays.stream(Channel.values()).map(Channel::key).toList());
    }

    private static String key(JsonNode step, String path, String field, List<FieldProblem> problems) {
        String value = text(step, path, field, problems);
        if (value != null && !Keys.isKey(value)) {
            problems.add(new FieldProblem(path + "." + field, KEY_RULE));
            return null;
        }
        return value;
    }

    private static String text(JsonNode step, String path, String field, List<FieldProblem> problems) {
        JsonNode value = step.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(path + "." + field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    private static Duration window(String text, List<FieldProblem> problems) {
        Duration window = DurationText.parse(Digits.latin(text));
        if (window == null) {
            problems.add(new FieldProblem("window", "is not a duration: use \"7d\", \"24h\", \"90m\" or ISO-8601 such as \"P7D\""));
            return null;
        }
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem("window", "must be more than 0 and at most 90 days"));
            return null;
        }
        return window;
    }
}
