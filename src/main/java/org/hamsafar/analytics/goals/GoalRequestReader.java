package org.hamsafar.analytics.goals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.analytics.forecast.MetricDefinition;
import org.hamsafar.analytics.forecast.MetricDefinitionReader;
import org.hamsafar.analytics.forecast.MetricKind;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a goal from a request body ({@code POST} or {@code PUT /api/v1/analytics/goals}), naming
 * every bad field at once. Values must lie in the metric's range (NPS −100..100, CSAT 0..100, CES
 * 1..7, sentiment −1..1, counts and revenue from 0), the target must differ from the baseline, and
 * the due date must come after the baseline date.
 */
public final class GoalRequestReader {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_OWNER = 200;
    public static final int DEFAULT_WINDOW_DAYS = 30;
    public static final int MAX_WINDOW_DAYS = 366;
    private static final Set<String> FIELDS = Set.of("title", "description", "metric", "windowDays", "baselineValue", "baselineDate",
            "targetValue", "dueDate", "owner");

    private GoalRequestReader() {
    }

    public static GoalDraft read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        String title = text(body, "title", MAX_TITLE, true, problems);
        String description = text(body, "description", MAX_DESCRIPTION, false, problems);
        String owner = text(body, "owner", MAX_OWNER, true, problems);
        MetricDefinition metric = MetricDefinitionReader.read(body.get("metric"), "metric", problems);
        int windowDays = DEFAULT_WINDOW_DAYS;
        JsonNode window = body.get("windowDays");
        if (window != null && !window.isNull()) {
            if (!window.isIntegralNumber() || !window.canConvertToInt() || window.asInt() < 1 || window.asInt() > MAX_WINDOW_DAYS) {
                problems.add(new FieldProblem("windowDays", "must be a whole number of days from 1 to " + MAX_WINDOW_DAYS));
            } else {
                windowDays = window.asInt();
            }
        }
        // The kind bounds the values even when another part of the metric is wrong.
        JsonNode kindNode = body.path("metric").path("kind");
        MetricKind kind = kindNode.isString() ? MetricKind.fromKey(kindNode.asString().strip()).orElse(null) : null;
        Double baseline = number(body, "baselineValue", kind, problems);
        Double target = number(body, "targetValue", kind, problems);
        if (baseline != null && target != null && baseline.equals(target)) {
            problems.add(new FieldProblem("targetValue", "must differ from baselineValue: a goal moves the metric"));
        }
        LocalDate baselineDate = date(body, "baselineDate", problems);
        LocalDate dueDate = date(body, "dueDate", problems);
        if (baselineDate != null && dueDate != null && !dueDate.isAfter(baselineDate)) {
            problems.add(new FieldProblem("dueDate", "must come after baselineDate"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new GoalDraft(title, description, metric, windowDays, baseline, baselineDate, target, dueDate, owner);
    }

    /** The lowest and highest value of a metric. */
    public static double[] range(MetricKind kind) {
        return switch (kind) {
            case NPS -> new double[] {-100, 100};
            case CSAT -> new double[] {0, 100};
            case CES -> new double[] {1, 7};
            case SENTIMENT -> new double[] {-1, 1};
            case EVENTS, REVENUE, CASES -> new double[] {0, 1e15};
        };
    }

    private static Double number(JsonNode body, String field, MetricKind kind, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(field, "is required: a number"));
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            problems.add(new FieldProblem(field, "must be a number"));
            return null;
        }
        double value = node.asDouble();
        if (kind != null) {
            double[] range = range(kind);
            if (value < range[0] || value > range[1]) {
                problems.add(new FieldProblem(field, "must lie in " + kind.key() + "'s range, " + (long) range[0] + " to "
                        + (range[1] >= 1e15 ? "any amount" : Long.toString((long) range[1]))));
                return null;
            }
        }
        return value;
    }

    private static String text(JsonNode body, String field, int max, boolean required, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isString() && node.asString().isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        if (!node.isString() || node.asString().strip().length() > max) {
            problems.add(new FieldProblem(field, "must be text of at most " + max + " characters"));
            return null;
        }
        return node.asString().strip();
    }

    private static LocalDate date(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(field, "is required: an ISO-8601 date such as 2026-03-31"));
            return null;
        }
        try {
            LocalDate date = node.isString() ? LocalDate.parse(Digits.latin(node.asString().strip())) : null;
            if (date != null && date.getYear() >= 1970 && date.getYear() <= 9998) {
                return date;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "must be an ISO-8601 date such as 2026-03-31, 1970 to 9998"));
        return null;
    }
}
