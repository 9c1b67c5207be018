package org.hamsafar.analytics.goals;

import java.time.DateTimeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.time.PageDays;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The goal form's fields as typed (dates Jalali or ISO, digits Persian or Latin), turned into the
 * API's body so that the page and the API check a goal the same way ({@link GoalRequestReader}).
 */
record GoalForm(String title, String description, String kind, String eventType, String surveyId, String touchpoint, String channel,
                String segment, String windowDays, String baselineValue, String baselineDate, String targetValue, String dueDate, String owner) {

    static GoalForm empty() {
        return new GoalForm("", "", "nps", "", "", "", "", "", "30", "", "", "", "", "");
    }

    static GoalForm of(MultiValueMap<String, String> values) {
        return new GoalForm(v(values, "title"), v(values, "description"), v(values, "kind"), v(values, "eventType"), v(values, "surveyId"),
                v(values, "touchpoint"), v(values, "channel"), v(values, "segment"), v(values, "windowDays"), v(values, "baselineValue"), v(values, "baselineDate"),
                v(values, "targetValue"), v(values, "dueDate"), v(values, "owner"));
    }

    static GoalForm of(GoalView goal, boolean persian) {
        Map<String, Object> m = goal.metric();
        return new GoalForm(goal.title(), goal.description() == null ? "" : goal.description(), (String) m.get("kind"),
                str(m.get("eventType")), str(m.get("surveyId")), str(m.get("touchpoint")), str(m.get("channel")), str(m.get("segment")),
                Integer.toString(goal.windowDays()), plain(goal.baselineValue()), PageDays.show(goal.baselineDate(), persian),
                plain(goal.targetValue()), PageDays.show(goal.dueDate(), persian), goal.owner());
    }

    /** The body the API would receive. */
    JsonNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        text(body, "title", title);
        text(body, "description", description);
        text(body, "owner", owner);
        ObjectNode metric = body.putObject("metric");
        text(metric, "kind", kind);
        text(metric, "eventType", eventType);
        text(metric, "touchpoint", touchpoint);
        text(metric, "channel", channel);
        text(metric, "segment", segment);
        number(metric, "surveyId", surveyId);
        number(body, "windowDays", windowDays);
        number(body, "baselineValue", baselineValue);
        number(body, "targetValue", targetValue);
        date(body, "baselineDate", baselineDate);
        date(body, "dueDate", dueDate);
        return body;
    }

    /** Each problem's field mapped to a localised message key of the page ({@code metric.kind} → {@code analytics.goals.problem.kind}). */
    static Map<String, String> problems(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field().startsWith("metric.") ? problem.field().substring(7) : problem.field();
            byField.putIfAbsent(field, "analytics.goals.problem." + field);
        }
        return byField;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static void number(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String latin = Digits.latin(value.strip()).replace('٫', '.').replace("٬", "").replace(",", "");
        try {
            if (latin.matches("-?\\d{1,18}")) {
                node.put(field, Long.parseLong(latin));
            } else {
                node.put(field, Double.parseDouble(latin));
            }
        } catch (NumberFormatException e) {
            node.put(field, value);
        }
    }

    private static void date(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            node.put(field, PageDays.parse(value).toString());
        } catch (DateTimeException e) {
            node.put(field, value);
        }
    }

    private static String v(MultiValueMap<String, String> values, String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value;
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
