package org.hamsafar.actions.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rule editor's form into the API's rule body ({@code {"name", "enabled", "when", "actions"}})
 * and a saved rule's definition back into rows. Values are typed by their field: numbers for number
 * fields (Persian digits read as well), keys and labels as text; what does not fit is sent as typed,
 * so that the rules' own validation names the problem next to its row.
 */
final class RuleFormJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleFormJson() {
    }

    /**
     * A rule body, and for each condition and action in it the index of the form row it came from
     * (blank condition rows are left out, so the two can differ).
     */
    record Built(ObjectNode body, List<Integer> conditionRows, List<Integer> actionRows) {
    }

    /** @throws InvalidInputException on field {@code json} when the JSON editor's text is not a JSON object */
    static Built body(RuleForm form, RuleVocabulary vocabulary) {
        ObjectNode body = NODES.objectNode();
        body.put("name", form.getName() == null ? "" : form.getName().strip());
        body.put("enabled", form.isEnabled());
        if (form.jsonMode()) {
            JsonNode typed = parse(form.getJson());
            typed.properties().forEach(e -> {
                if (!e.getKey().equals("name") && !e.getKey().equals("enabled")) {
                    body.set(e.getKey(), e.getValue());
                }
            });
            return new Built(body, List.of(), List.of());
        }
        List<Integer> conditionRows = new ArrayList<>();
        ArrayNode conditions = NODES.arrayNode();
        for (int i = 0; i < form.getConditions().size(); i++) {
            ConditionRow row = form.getConditions().get(i);
            if (!row.blank()) {
                conditions.add(condition(row, vocabulary));
                conditionRows.add(i);
            }
        }
        body.putObject("when").set("any".equals(form.getMatch()) ? "any" : "all", conditions);
        List<Integer> actionRows = new ArrayList<>();
        ArrayNode actions = body.putArray("actions");
        for (int i = 0; i < form.getActions().size(); i++) {
            actions.add(action(form.getActions().get(i)));
            actionRows.add(i);
        }
        return new Built(body, conditionRows, actionRows);
    }

    /** The {@code {"when", "actions"}} of the form, indented, for the JSON editor. */
    static String definitionText(RuleForm form, RuleVocabulary vocabulary) {
        ObjectNode body = body(form, vocabulary).body();
        ObjectNode definition = NODES.objectNode();
        definition.set("when", body.get("when"));
        definition.set("actions", body.get("actions"));
        return pretty(definition);
    }

    static String pretty(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    static JsonNode parse(String text) {
        JsonNode typed;
        try {
            typed = JSON.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw InvalidInputException.of("json", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (typed == null || !typed.isObject()) {
            throw InvalidInputException.of("json", "must be a JSON object with when and actions");
        }
        return typed;
    }

    /**
     * Fills {@code form}'s rows from a definition ({@code {"when", "actions"}}); false, and the form
     * unchanged, when the definition holds what rows cannot show: nested all/any/not, an unknown field,
     * a list value with a comma inside one of its values, an unknown action.
     */
    static boolean fillRows(RuleForm form, JsonNode definition, RuleVocabulary vocabulary) {
        JsonNode when = definition.get("when");
        JsonNode actionsNode = definition.get("actions");
        if (when == null || !when.isObject() || actionsNode == null || !actionsNode.isArray()) {
            return false;
        }
        String match = "all";
        List<JsonNode> leaves = new ArrayList<>();
        if (when.size() == 1 && (when.has("all") || when.has("any"))) {
            match = when.has("any") ? "any" : "all";
            JsonNode list = when.get(match);
            if (!list.isArray()) {
                return false;
            }
            list.values().forEach(leaves::add);
        } else {
            leaves.add(when);
        }
        List<ConditionRow> rows = new ArrayList<>();
        for (JsonNode leaf : leaves) {
            Optional<ConditionRow> row = row(leaf, vocabulary);
            if (row.isEmpty()) {
                return false;
            }
            rows.add(row.get());
        }
        List<ActionRow> actions = new ArrayList<>();
        for (JsonNode a : actionsNode.values()) {
            Optional<ActionRow> row = actionRow(a);
            if (row.isEmpty()) {
                return false;
            }
            actions.add(row.get());
        }
        form.setMatch(match);
        form.setConditions(rows);
        form.setActions(actions);
        form.setMode(RuleForm.FORM);
        return true;
    }

    private static ObjectNode condition(ConditionRow row, RuleVocabulary vocabulary) {
        ObjectNode node = NODES.objectNode();
        String field = trim(row.getField());
        Optional<RuleVocabulary.FieldSpec> spec = vocabulary.spec(field);
        String name = spec.filter(RuleVocabulary.FieldSpec::keyed).isPresent() ? field + trim(row.getKey()) : field;
        node.put("field", name);
        String op = trim(row.getOp());
        if (!op.isEmpty()) {
            node.put("op", op);
        }
        String type = spec.map(RuleVocabulary.FieldSpec::type).orElse("any");
        if (type.equals("count")) {
            String count = Digits.latin(trim(row.getValue()));
            if (count.matches("\\d{1,9}")) {
                node.put("value", Long.parseLong(count));
            } else if (!count.isEmpty()) {
                node.put("value", count);
            }
            putIfPresent(node, "window", Digits.latin(trim(row.getWindow())));
            ObjectNode match = NODES.objectNode();
            putIfPresent(match, "type", trim(row.getMatchType()));
            putIfPresent(match, "channel", trim(row.getMatchChannel()));
            putIfPresent(match, "touchpoint", trim(row.getMatchTouchpoint()));
            if (!match.isEmpty()) {
                node.set("match", match);
            }
            return node;
        }
        if (op.equals("exists") || op.equals("not_exists")) {
            return node;
        }
        String text = trim(row.getValue());
        if (op.equals("in") || op.equals("not_in")) {
            ArrayNode values = node.putArray("value");
            Arrays.stream(text.split("[,،\\n]")).map(String::strip).filter(v -> !v.isEmpty())
                    .forEach(v -> values.add(scalar(v, type)));
        } else if (!text.isEmpty()) {
            node.set("value", scalar(text, type));
        }
        return node;
    }

    /** One value as its field holds it: a number where one is expected (or, for any field, where it reads as one). */
    private static JsonNode scalar(String text, String type) {
        if (type.equals("number") || type.equals("any")) {
            BigDecimal number = number(text);
            if (number != null) {
                return number.scale() == 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number);
            }
            if (type.equals("any") && (text.equals("true") || text.equals("false"))) {
                return NODES.booleanNode(Boolean.parseBoolean(text));
            }
        }
        return NODES.stringNode(text);
    }

    private static BigDecimal number(String text) {
        String latin = Digits.latin(text).replace('٫', '.').replace('−', '-');
        if (!latin.matches("-?\\d{1,15}(\\.\\d{1,10})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(latin);
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value;
    }

    private static ObjectNode action(ActionRow row) {
        ObjectNode node = NODES.objectNode();
        String type = trim(row.getType());
        node.put("type", type);
        switch (type) {
            case "open_case" -> {
                putIfPresent(node, "priority", trim(row.getPriority()));
                putIfPresent(node, "team", trim(row.getTeam()));
                putIfPresent(node, "title", trim(row.getTitle()));
            }
            case "notify_email" -> {
                ArrayNode to = node.putArray("to");
                Arrays.stream(trim(row.getTo()).split("[,،\\s]+")).filter(v -> !v.isEmpty()).forEach(to::add);
            }
            case "webhook" -> {
                String id = Digits.latin(trim(row.getWebhookId()));
                if (id.matches("\\d{1,18}")) {
                    node.put("webhookId", Long.parseLong(id));
                } else if (!id.isEmpty()) {
                    node.put("webhookId", id);
                }
            }
            case "tag_customer" -> putIfPresent(node, "tag", trim(row.getTag()));
            default -> {
                // An unknown type goes as it is: the rules' validation names it.
            }
        }
        return node;
    }

    private static Optional<ConditionRow> row(JsonNode leaf, RuleVocabulary vocabulary) {
        if (!leaf.isObject() || !leaf.has("field") || !leaf.get("field").isString() || leaf.has("all") || leaf.has("any")
                || leaf.has("not")) {
            return Optional.empty();
        }
        Optional<RuleVocabulary.Resolved> resolved = vocabulary.resolve(leaf.get("field").asString());
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        ConditionRow row = new ConditionRow();
        row.setField(resolved.get().spec().name());
        row.setKey(resolved.get().key() == null ? "" : resolved.get().key());
        row.setOp(leaf.has("op") ? leaf.get("op").asString() : "");
        JsonNode value = leaf.get("value");
        if (value != null && !value.isNull()) {
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode v : value.values()) {
                    String text = text(v);
                    if (text.contains(",")) {
                        return Optional.empty();
                    }
                    parts.add(text);
                }
                row.setValue(String.join(", ", parts));
            } else {
                row.setValue(text(value));
            }
        }
        if (leaf.has("window")) {
            row.setWindow(leaf.get("window").asString());
        }
        JsonNode match = leaf.get("match");
        if (match != null && match.isObject()) {
            row.setMatchType(match.has("type") ? match.get("type").asString() : "");
            row.setMatchChannel(match.has("channel") ? match.get("channel").asString() : "");
            row.setMatchTouchpoint(match.has("touchpoint") ? match.get("touchpoint").asString() : "");
        }
        return Optional.of(row);
    }

    private static Optional<ActionRow> actionRow(JsonNode a) {
        if (!a.isObject() || !a.has("type") || !ActionRow.TYPES.contains(a.get("type").asString())) {
            return Optional.empty();
        }
        ActionRow row = new ActionRow();
        row.setType(a.get("type").asString());
        row.setPriority(a.has("priority") ? a.get("priority").asString() : "");
        row.setTeam(a.has("team") ? a.get("team").asString() : "");
        row.setTitle(a.has("title") ? a.get("title").asString() : "");
        if (a.has("to") && a.get("to").isArray()) {
            List<String> to = new ArrayList<>();
            a.get("to").values().forEach(v -> to.add(v.asString()));
            row.setTo(String.join(", ", to));
        }
        row.setWebhookId(a.has("webhookId") && !a.get("webhookId").isNull() ? text(a.get("webhookId")) : "");
        row.setTag(a.has("tag") ? a.get("tag").asString() : "");
        return Optional.of(row);
    }

    private static String text(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(name, value);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The rule's definition as stored, as a tree. */
    static JsonNode definition(String stored) {
        return JSON.readTree(stored);
    }

    /** The editor script's vocabulary as JSON. */
    static String script(Map<String, ?> vocabulary) {
        return JSON.writeValueAsString(vocabulary);
    }
}
