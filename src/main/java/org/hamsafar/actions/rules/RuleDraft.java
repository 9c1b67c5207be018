package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule as a request describes it, read and checked: {@code {"name", "enabled", "when", "actions"}}.
 * Everything wrong is reported at once, each problem named by its path.
 */
record RuleDraft(String name, boolean enabled, RuleSubject subject, Condition when, List<RuleAction> actions, String definition) {
    private static final Set<String> FIELDS = Set.of("name", "enabled", "when", "actions");
    private static final ObjectMapper JSON = new ObjectMapper();

    static RuleDraft read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object with name, enabled, when and actions");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(p -> {
            if (!FIELDS.contains(p)) {
                problems.add(new FieldProblem(p, "unknown field"));
            }
        });
        JsonNode nameNode = body.get("name");
        String name = nameNode != null && nameNode.isString() ? nameNode.asString().strip() : null;
        if (name == null || name.isEmpty() || name.length() > 200 || name.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem("name", "is required, 1 to 200 characters"));
        }
        JsonNode enabledNode = body.get("enabled");
        if (enabledNode != null && !enabledNode.isBoolean()) {
            problems.add(new FieldProblem("enabled", "must be true or false"));
        }
        boolean enabled = enabledNode != null && enabledNode.isBoolean() && enabledNode.asBoolean();
        Condition when = null;
        if (body.get("when") == null) {
            problems.add(new FieldProblem("when", "is required: the condition, e.g. {\"all\": [{\"field\": \"answer.nps\", \"op\": \"<=\", \"value\": 6}]}"));
        } else {
            when = ConditionParser.parse(body.get("when"), "when", problems);
        }
        RuleSubject subject = when == null ? null : subject(when, problems);
        List<RuleAction> actions = ActionParser.parse(body.get("actions"), problems);
        if (subject == RuleSubject.METRIC) {
            for (int i = 0; i < actions.size(); i++) {
                if (actions.get(i) instanceof RuleAction.TagCustomer) {
                    problems.add(new FieldProblem("actions[" + i + "]", "a metric rule reads a day's figures: there is no customer to tag"));
                }
            }
            if (usesCustomer(body.get("when").toString())) {
                problems.add(new FieldProblem("when", "a metric rule reads a day's figures: customer.* fields do not apply"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ObjectNode definition = JSON.createObjectNode();
        definition.set("when", body.get("when"));
        definition.set("actions", body.get("actions"));
        return new RuleDraft(name, enabled, subject, when, actions, JSON.writeValueAsString(definition));
    }

    private static boolean usesCustomer(String when) {
        return when.contains("\"customer.");
    }

    private static RuleSubject subject(Condition when, List<FieldProblem> problems) {
        Set<RuleSubject> subjects = when.subjects();
        if (subjects.isEmpty()) {
            problems.add(new FieldProblem("when", "needs at least one condition on a response (answer.*, survey.*, response.*), "
                    + "an event (event.*), a text (text.*) or a day's metrics (metric.*); customer.* fields only narrow those down"));
            return null;
        }
        if (subjects.size() > 1) {
            problems.add(new FieldProblem("when", "a rule reads one kind of item, but this one names "
                    + String.join(" and ", subjects.stream().map(RuleSubject::key).toList())
                    + ": make one rule per kind (response: answer.*, survey.*, response.*; event: event.*; text: text.*; "
                    + "metric: metric.*)"));
            return null;
        }
        return subjects.iterator().next();
    }
}
