package org.hamsafar.analytics.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerGroupings;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Segments to and from JSON, the API's and the store's form. Reading names every bad field
 * ({@code conditions[1].withinDays}) so a client can fix all at once.
 */
final class SegmentJson {
    static final int MAX_CONDITIONS = 10;
    static final int MAX_VALUES = 20;
    static final int MAX_DAYS = 3650;
    private static final Set<String> FIELDS = Set.of("key", "nameFa", "nameEn", "match", "conditions");
    /** Words that name other endpoints under /api/v1/analytics/segments, so no segment may take them as its key. */
    private static final Set<String> RESERVED_KEYS = Set.of("latest", "preview");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private SegmentJson() {
    }

    /** A segment's body; {@code pathKey} (not null on a replace) is the key in the URL, which the body may repeat. */
    static SegmentDefinition read(JsonNode body, String pathKey) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object with key, nameFa, nameEn, match and conditions");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        String key = pathKey;
        JsonNode keyNode = body.get("key");
        if (keyNode != null && !keyNode.isNull()) {
            if (!keyNode.isString() || !Keys.isKey(keyNode.asString())) {
                problems.add(new FieldProblem("key", KEY_RULE));
            } else if (RESERVED_KEYS.contains(keyNode.asString())) {
                problems.add(new FieldProblem("key", "is reserved: /api/v1/analytics/segments/" + keyNode.asString()
                        + " is another endpoint"));
            } else if (pathKey != null && !pathKey.equals(keyNode.asString())) {
                problems.add(new FieldProblem("key", "must be the key in the URL (" + pathKey + ") or left out"));
            } else {
                key = keyNode.asString();
            }
        } else if (pathKey == null) {
            problems.add(new FieldProblem("key", "is required: " + KEY_RULE.substring("must be ".length())));
        }
        String nameFa = name(body, "nameFa", problems);
        String nameEn = name(body, "nameEn", problems);
        boolean all = true;
        JsonNode match = body.get("match");
        if (match != null && !match.isNull()) {
            if (!match.isString() || !(match.asString().equals("all") || match.asString().equals("any"))) {
                problems.add(new FieldProblem("match", "must be all (every condition holds) or any (at least one)"));
            } else {
                all = match.asString().equals("all");
            }
        }
        List<SegmentCondition> conditions = conditions(body.get("conditions"), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return SegmentDefinition.draft(key, nameFa, nameEn, all, conditions);
    }

    /** The fields a condition of {@code type} has (empty for an unknown type). */
    static Set<String> fieldsOf(String type) {
        return switch (type) {
            case "attribute" -> Set.of("type", "attribute", "values");
            case "birthYear" -> Set.of("type", "from", "to");
            case "events" -> Set.of("type", "eventType", "withinDays", "atLeast");
            case "inactive" -> Set.of("type", "days");
            case "nps" -> Set.of("type", "operator", "value");
            case "score" -> Set.of("type", "kind", "label", "operator", "value");
            default -> Set.of();
        };
    }

    private static String name(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || !node.isString() || node.asString().isBlank() || node.asString().strip().length() > 200) {
            problems.add(new FieldProblem(field, "is required: 1 to 200 characters"));
            return null;
        }
        return node.asString().strip();
    }

    /** The conditions array of a body or of a stored segment. */
    static List<SegmentCondition> conditions(JsonNode node, List<FieldProblem> problems) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_CONDITIONS) {
            problems.add(new FieldProblem("conditions", "must be an array of 1 to " + MAX_CONDITIONS + " conditions"));
            return List.of();
        }
        List<SegmentCondition> conditions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            SegmentCondition condition = condition(node.get(i), "conditions[" + i + "]", problems);
            if (condition != null) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private static SegmentCondition condition(JsonNode c, String path, List<FieldProblem> problems) {
        if (!c.isObject() || !c.path("type").isString()) {
            problems.add(new FieldProblem(path + ".type", "is required: attribute, birthYear, events, inactive, nps or score"));
            return null;
        }
        int before = problems.size();
        String type = c.path("type").asString();
        Set<String> allowed = fieldsOf(type);
        if (allowed.isEmpty()) {
            problems.add(new FieldProblem(path + ".type", "must be attribute, birthYear, events, inactive, nps or score"));
            return null;
        }
        c.propertyNames().forEach(name -> {
            if (!allowed.contains(name)) {
                problems.add(new FieldProblem(path + "." + name, "unknown field for a condition of type " + type));
            }
        });
        SegmentCondition condition = switch (type) {
            case "attribute" -> attribute(c, path, problems);
            case "birthYear" -> {
                int from = whole(c, "from", path, 1900, 2100, null, problems);
                int to = whole(c, "to", path, 1900, 2100, null, problems);
                if (from > to) {
                    problems.add(new FieldProblem(path + ".to", "must not be before from"));
                }
                yield new SegmentCondition.BirthYear(from, to);
            }
            case "events" -> {
                String eventType = null;
                if (c.hasNonNull("eventType")) {
                    eventType = c.get("eventType").isString() && Keys.isKey(c.get("eventType").asString()) ? c.get("eventType").asString() : null;
                    if (eventType == null) {
                        problems.add(new FieldProblem(path + ".eventType", "must be an event type (a key) or left out for any"));
                    }
                }
                yield new SegmentCondition.Events(eventType, whole(c, "withinDays", path, 1, MAX_DAYS, null, problems),
                        whole(c, "atLeast", path, 1, 1_000_000, 1, problems));
            }
            case "inactive" -> new SegmentCondition.Inactive(whole(c, "days", path, 1, MAX_DAYS, null, problems));
            case "nps" -> new SegmentCondition.Nps(operator(c, path, problems), whole(c, "value", path, 0, 10, null, problems));
            default -> score(c, path, problems);
        };
        return problems.size() > before ? null : condition;
    }

    private static SegmentCondition attribute(JsonNode c, String path, List<FieldProblem> problems) {
        JsonNode attribute = c.get("attribute");
        if (attribute == null || !attribute.isString() || !CustomerGroupings.isGroupableAttribute(attribute.asString())) {
            problems.add(new FieldProblem(path + ".attribute", "must be one of " + CustomerGroupings.attributes() + " or custom.<name>"));
        }
        JsonNode values = c.get("values");
        List<String> read = new ArrayList<>();
        if (values == null || !values.isArray() || values.isEmpty() || values.size() > MAX_VALUES) {
            problems.add(new FieldProblem(path + ".values", "must be an array of 1 to " + MAX_VALUES + " values"));
        } else {
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                if (!(v.isString() || v.isNumber()) || v.asString().isBlank() || v.asString().length() > 100) {
                    problems.add(new FieldProblem(path + ".values[" + i + "]", "must be a text of 1 to 100 characters"));
                } else {
                    read.add(v.asString().strip());
                }
            }
        }
        return new SegmentCondition.Attribute(attribute == null ? null : attribute.asString(), read);
    }

    private static SegmentCondition score(JsonNode c, String path, List<FieldProblem> problems) {
        JsonNode kind = c.get("kind");
        if (kind == null || !kind.isString() || !Keys.isKey(kind.asString())) {
            problems.add(new FieldProblem(path + ".kind", "is required: a model's score kind such as churn, rfm or cluster"));
        }
        String label = null;
        if (c.hasNonNull("label")) {
            if (!c.get("label").isString() || c.get("label").asString().isBlank() || c.get("label").asString().length() > 64) {
                problems.add(new FieldProblem(path + ".label", "must be a label of 1 to 64 characters"));
            } else {
                label = c.get("label").asString().strip();
            }
        }
        String operator = null;
        Double value = null;
        if (c.hasNonNull("operator") || c.hasNonNull("value")) {
            operator = operator(c, path, problems);
            if (!c.path("value").isNumber() || !Double.isFinite(c.path("value").asDouble())) {
                problems.add(new FieldProblem(path + ".value", "must be a number"));
            } else {
                value = c.path("value").asDouble();
            }
        }
        if (label == null && operator == null && !c.hasNonNull("value")) {
            problems.add(new FieldProblem(path, "needs a label, or an operator and a value for the score"));
        }
        return new SegmentCondition.Score(kind == null ? null : kind.asString(), label, operator, value);
    }

    private static String operator(JsonNode c, String path, List<FieldProblem> problems) {
        JsonNode node = c.get("operator");
        if (node == null || node.isNull() || !node.isString() || !(node.asString().equals("<=") || node.asString().equals(">="))) {
            problems.add(new FieldProblem(path + ".operator", "must be <= or >="));
            return null;
        }
        return node.asString();
    }

    private static int whole(JsonNode c, String field, String path, int min, int max, Integer fallback, List<FieldProblem> problems) {
        JsonNode node = c.get(field);
        if ((node == null || node.isNull()) && fallback != null) {
            return fallback;
        }
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problems.add(new FieldProblem(path + "." + field, "must be a whole number from " + min + " to " + max));
            return min;
        }
        return node.asInt();
    }

    /** The API's and the store's form of the conditions. */
    static List<Map<String, Object>> write(List<SegmentCondition> conditions) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SegmentCondition condition : conditions) {
            Map<String, Object> c = new LinkedHashMap<>();
            if (condition instanceof SegmentCondition.Attribute a) {
                c.put("type", "attribute");
                c.put("attribute", a.attribute());
                c.put("values", a.values());
            } else if (condition instanceof SegmentCondition.BirthYear b) {
                c.put("type", "birthYear");
                c.put("from", b.from());
                c.put("to", b.to());
            } else if (condition instanceof SegmentCondition.Events e) {
                c.put("type", "events");
                if (e.eventType() != null) {
                    c.put("eventType", e.eventType());
                }
                c.put("withinDays", e.withinDays());
                c.put("atLeast", e.atLeast());
            } else if (condition instanceof SegmentCondition.Inactive i) {
                c.put("type", "inactive");
                c.put("days", i.days());
            } else if (condition instanceof SegmentCondition.Nps n) {
                c.put("type", "nps");
                c.put("operator", n.operator());
                c.put("value", n.value());
            } else if (condition instanceof SegmentCondition.Score sc) {
                c.put("type", "score");
                c.put("kind", sc.kind());
                if (sc.label() != null) {
                    c.put("label", sc.label());
                }
                if (sc.operator() != null) {
                    c.put("operator", sc.operator());
                    c.put("value", sc.value());
                }
            }
            out.add(c);
        }
        return out;
    }

    /** A segment as the API shows it. */
    static Map<String, Object> write(SegmentDefinition s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", s.key());
        out.put("nameFa", s.nameFa());
        out.put("nameEn", s.nameEn());
        out.put("match", s.matchAll() ? "all" : "any");
        out.put("conditions", write(s.conditions()));
        out.put("tag", s.key());
        out.put("createdAt", s.createdAt());
        out.put("createdBy", s.createdBy());
        out.put("updatedAt", s.updatedAt());
        out.put("updatedBy", s.updatedBy());
        out.put("refreshedAt", s.refreshedAt());
        out.put("customers", s.customers());
        return out;
    }
}
