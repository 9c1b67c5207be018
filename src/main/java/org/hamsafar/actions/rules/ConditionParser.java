package org.hamsafar.actions.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import tools.jackson.databind.JsonNode;

/**
 * Reads a rule's {@code when} from JSON, naming every problem by its path in the body
 * ({@code when.all[1].value}) so that an editor can point at it.
 */
final class ConditionParser {
    static final int MAX_CONDITIONS = 50;
    private static final int MAX_DEPTH = 6;
    private static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    private static final Duration MAX_WINDOW = Duration.ofDays(366);
    private static final Set<String> LEAF_FIELDS = Set.of("field", "op", "value");
    private static final Set<String> COUNT_FIELDS = Set.of("field", "op", "value", "window", "match");
    private static final Set<String> MATCH_FIELDS = Set.of("type", "channel", "touchpoint");

    private final List<FieldProblem> problems;
    private int conditions;

    private ConditionParser(List<FieldProblem> problems) {
        this.problems = problems;
    }

    /** The condition, or null when it has problems (added to {@code problems}). */
    static Condition parse(JsonNode node, String path, List<FieldProblem> problems) {
        int before = problems.size();
        ConditionParser parser = new ConditionParser(problems);
        Condition condition = parser.condition(node, path, 0);
        if (parser.conditions > MAX_CONDITIONS) {
            problems.add(new FieldProblem(path, "has " + parser.conditions + " conditions; at most " + MAX_CONDITIONS));
        }
        return problems.size() == before ? condition : null;
    }

    private Condition condition(JsonNode node, String path, int depth) {
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(path, "must be an object: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or "
                    + "{\"field\", \"op\", \"value\"}"));
            return null;
        }
        if (depth > MAX_DEPTH) {
            problems.add(new FieldProblem(path, "nests too deep (at most " + MAX_DEPTH + " levels)"));
            return null;
        }
        for (String combiner : List.of("all", "any", "not")) {
            if (node.has(combiner)) {
                if (node.size() != 1) {
                    problems.add(new FieldProblem(path, "\"" + combiner + "\" must be the only field of its object"));
                    return null;
                }
                return combined(combiner, node.get(combiner), path + "." + combiner, depth);
            }
        }
        conditions++;
        return leaf(node, path);
    }

    private Condition combined(String combiner, JsonNode value, String path, int depth) {
        if (combiner.equals("not")) {
            Condition inner = condition(value, path, depth + 1);
            return inner == null ? null : new Condition.Not(inner);
        }
        if (value == null || !value.isArray() || value.isEmpty()) {
            problems.add(new FieldProblem(path, "must be a non-empty array of conditions"));
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            parts.add(condition(value.get(i), path + "[" + i + "]", depth + 1));
        }
        return combiner.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
    }

    private Condition leaf(JsonNode node, String path) {
        JsonNode fieldNode = node.get("field");
        JsonNode opNode = node.get("op");
        if (fieldNode == null || !fieldNode.isString()) {
            problems.add(new FieldProblem(path + ".field", "is required: a field name (see GET /api/v1/alert-rules/fields)"));
            return null;
        }
        String name = fieldNode.asString();
        RuleField spec = RuleField.find(name).orElse(null);
        if (spec == null) {
            problems.add(new FieldProblem(path + ".field", "unknown field '" + name + "' (see GET /api/v1/alert-rules/fields)"));
            return null;
        }
        Set<String> allowed = spec.type() == FieldType.COUNT ? COUNT_FIELDS : LEAF_FIELDS;
        node.propertyNames().forEach(p -> {
            if (!allowed.contains(p)) {
                problems.add(new FieldProblem(path + "." + p, "unknown field" + (p.equals("window") || p.equals("match")
                        ? " (only event.count takes " + p + ")" : "")));
            }
        });
        if (opNode == null || !opNode.isString()) {
            problems.add(new FieldProblem(path + ".op", "is required: one of " + String.join(", ", spec.type().operators())));
            return null;
        }
        String op = opNode.asString();
        if (!spec.type().operators().contains(op)) {
            problems.add(new FieldProblem(path + ".op", "'" + op + "' does not apply to " + name + "; use one of "
                    + String.join(", ", spec.type().operators())));
            return null;
        }
        if (spec.type() == FieldType.COUNT) {
            return windowCount(node, path, op);
        }
        JsonNode value = node.get("value");
        if (FieldType.unary(op)) {
            if (value != null && !value.isNull()) {
                problems.add(new FieldProblem(path + ".value", "must be left out with " + op));
                return null;
            }
            return new Condition.Comparison(name, spec, op, null);
        }
        if (value == null || value.isNull()) {
            problems.add(new FieldProblem(path + ".value", "is required with " + op));
            return null;
        }
        if (FieldType.listValued(op)) {
            if (!value.isArray() || value.isEmpty() || value.size() > 100) {
                problems.add(new FieldProblem(path + ".value", "must be an array of 1 to 100 values with " + op));
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                values.add(scalar(spec, name, value.get(i), path + ".value[" + i + "]"));
            }
            return values.contains(null) ? null : new Condition.Comparison(name, spec, op, List.copyOf(values));
        }
        Object scalar = scalar(spec, name, value, path + ".value");
        return scalar == null ? null : new Condition.Comparison(name, spec, op, scalar);
    }

    /** One comparison value, checked against what the field can hold; null (with a problem) when it cannot. */
    private Object scalar(RuleField spec, String name, JsonNode value, String path) {
        switch (spec.type()) {
            case NUMBER -> {
                if (!value.isNumber()) {
                    problems.add(new FieldProblem(path, "must be a number"));
                    return null;
                }
                double number = value.asDouble();
                if ((spec.min() != null && number < spec.min()) || (spec.max() != null && number > spec.max())) {
                    problems.add(new FieldProblem(path, "is impossible: " + name + " is " + range(spec)));
                    return null;
                }
                return number;
            }
            case LABEL -> {
                if (!value.isString() || !spec.labels().contains(value.asString())) {
                    problems.add(new FieldProblem(path, "must be one of " + String.join(", ", spec.labels())));
                    return null;
                }
                return value.asString();
            }
            case KEY, SET -> {
                if (!value.isString() || !Keys.isKey(value.asString())) {
                    problems.add(new FieldProblem(path, "must be a key: lower-case letters, digits, '_', '.' or '-'"));
                    return null;
                }
                return value.asString();
            }
            default -> {
                if (value.isNumber()) {
                    return value.asDouble();
                }
                if (value.isBoolean()) {
                    return value.asBoolean();
                }
                if (value.isString() && value.asString().length() <= 1000) {
                    return value.asString();
                }
                problems.add(new FieldProblem(path, "must be a number, a string of at most 1,000 characters, or true/false"));
                return null;
            }
        }
    }

    private static String range(RuleField spec) {
        String min = spec.min() == null ? "" : format(spec.min());
        String max = spec.max() == null ? "" : format(spec.max());
        return spec.max() == null ? "at least " + min : spec.min() == null ? "at most " + max : "from " + min + " to " + max;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private Condition windowCount(JsonNode node, String path, String op) {
        JsonNode value = node.get("value");
        long count = -1;
        if (value == null || !value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > 1_000_000) {
            problems.add(new FieldProblem(path + ".value", "must be a whole number from 0 to 1,000,000"));
        } else {
            count = value.asLong();
        }
        Duration window = window(node.get("window"), path + ".window");
        String type = null;
        String channel = null;
        String touchpoint = null;
        JsonNode match = node.get("match");
        if (match != null && !match.isNull()) {
            if (!match.isObject()) {
                problems.add(new FieldProblem(path + ".match", "must be an object with any of type, channel, touchpoint"));
            } else {
                match.propertyNames().forEach(p -> {
                    if (!MATCH_FIELDS.contains(p)) {
                        problems.add(new FieldProblem(path + ".match." + p, "unknown field; match takes type, channel, touchpoint"));
                    }
                });
                type = matchKey(match, "type", path);
                touchpoint = matchKey(match, "touchpoint", path);
                channel = matchKey(match, "channel", path);
                if (channel != null && Channel.fromKey(channel).isEmpty()) {
                    problems.add(new FieldProblem(path + ".match.channel", "is not a channel"));
                }
            }
        }
        if (count < 0 || window == null) {
            return null;
        }
        return new Condition.WindowCount(op, count, window, type, channel, touchpoint);
    }

    private String matchKey(JsonNode match, String name, String path) {
        JsonNode v = match.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString() || !Keys.isKey(v.asString())) {
            problems.add(new FieldProblem(path + ".match." + name, "must be a key"));
            return null;
        }
        return v.asString();
    }

    private Duration window(JsonNode node, String path) {
        if (node == null || !node.isString()) {
            problems.add(new FieldProblem(path, "is required: a duration such as \"7d\", \"24h\", \"90m\" or \"P7D\""));
            return null;
        }
        Duration window = DurationText.parse(node.asString());
        if (window == null) {
            problems.add(new FieldProblem(path, "is not a duration: use \"7d\", \"24h\", \"90m\" or ISO-8601 such as \"P7D\""));
            return null;
        }
        if (window.compareTo(MIN_WINDOW) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem(path, "must be from 1 minute to 366 days"));
            return null;
        }
        return window;
    }

}
