package org.hamsafar.analytics.clv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.events.PurchaseHistory.PurchaseQuery;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a CLV fit reads and predicts: the purchase model, the purchase event type, the calibration
 * end (a UTC day, included) and an optional holdout end, the time unit, the window of expected
 * purchases (in time units), and the lifetime value's horizon (months), monthly discount rate and margin;
 * {@code segment} fits and values only that segment's customers (a job run so stores no customer values).
 */
record ClvParameters(ModelKind model, String purchaseEventType, LocalDate calibrationEnd, LocalDate holdoutEnd, TimeUnit timeUnit,
                     int predictionPeriods, int horizonMonths, double monthlyDiscountRate, double margin, String segment) {
    private static final Set<String> FIELDS = Set.of("model", "purchaseEventType", "calibrationEnd", "holdoutEnd", "timeUnit",
            "predictionPeriods", "horizonMonths", "monthlyDiscountRate", "margin", "segment");

    PurchaseQuery query() {
        return new PurchaseQuery(purchaseEventType, calibrationEnd, holdoutEnd, segment);
    }

    ClvCalculator calculator(PurchaseModel fitted, GammaGamma spend) {
        return new ClvCalculator(fitted, spend, timeUnit.days, predictionPeriods, horizonMonths, monthlyDiscountRate, margin);
    }

    /**
     * Reads {@code node} (null: all defaults). Problems name fields with {@code prefix}. Without
     * {@code calibrationEnd} it is {@code today} minus one day when {@code calibrationEndRequired} is false.
     */
    static ClvParameters read(JsonNode node, String prefix, LocalDate today, boolean calibrationEndRequired) {
        JsonNode body = node == null || node.isNull() ? JsonNodeFactory.instance.objectNode() : node;
        if (!body.isObject()) {
            throw InvalidInputException.of(prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(prefix + name, "unknown field; known: " + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        });
        Fields f = new Fields(body, prefix, problems);
        ModelKind model = ModelKind.of(f.text("model", "bgnbd")).orElse(null);
        if (model == null) {
            problems.add(new FieldProblem(prefix + "model", "must be bgnbd or paretonbd"));
        }
        String type = f.text("purchaseEventType", "purchase");
        if (!Keys.isKey(type)) {
            problems.add(new FieldProblem(prefix + "purchaseEventType",
                    "must be an event type: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
        }
        TimeUnit unit = TimeUnit.of(f.text("timeUnit", "week")).orElse(null);
        if (unit == null) {
            problems.add(new FieldProblem(prefix + "timeUnit", "must be day, week or month"));
        }
        LocalDate calibrationEnd = f.date("calibrationEnd", calibrationEndRequired ? null : today.minusDays(1), today);
        if (calibrationEnd == null && !body.hasNonNull("calibrationEnd")) {
            problems.add(new FieldProblem(prefix + "calibrationEnd", "is required: the last day (YYYY-MM-DD, UTC) of the calibration period"));
        }
        LocalDate holdoutEnd = f.date("holdoutEnd", null, today);
        if (calibrationEnd != null && holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            problems.add(new FieldProblem(prefix + "holdoutEnd", "must be after calibrationEnd (" + calibrationEnd + ")"));
        }
        int periods = f.whole("predictionPeriods", unit == null ? 52 : unit.perYear, 1, 3650);
        int horizon = f.whole("horizonMonths", 12, 1, 240);
        double discount = f.number("monthlyDiscountRate", 0.01, 0, 1, "must be a number from 0 to 1 (0.01 is 1% a month)");
        double margin = f.number("margin", 1, 1e-9, 1, "must be a number above 0 and at most 1 (the share of spend that is value)");
        String segment = f.text("segment", null);
        if (segment != null && !Keys.isKey(segment)) {
            problems.add(new FieldProblem(prefix + "segment", SegmentMembers.RULE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ClvParameters(model, type, calibrationEnd, holdoutEnd, unit, periods, horizon, discount, margin, segment);
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("model", model.key());
        json.put("purchaseEventType", purchaseEventType);
        json.put("calibrationEnd", calibrationEnd.toString());
        if (holdoutEnd == null) {
            json.putNull("holdoutEnd");
        } else {
            json.put("holdoutEnd", holdoutEnd.toString());
        }
        json.put("timeUnit", timeUnit.key());
        json.put("predictionPeriods", predictionPeriods);
        json.put("horizonMonths", horizonMonths);
        json.put("monthlyDiscountRate", monthlyDiscountRate);
        json.put("margin", margin);
        json.put("segment", segment);
        return json;
    }

    /** Reads one field at a time, adding a problem (and returning the default or null) when it is bad. */
    private record Fields(JsonNode body, String prefix, List<FieldProblem> problems) {
        String text(String name, String fallback) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isString()) {
                problems.add(new FieldProblem(prefix + name, "must be a string"));
                return fallback;
            }
            return value.asString().strip();
        }

        /** A day YYYY-MM-DD from 1970 up to {@code latest}; null (with a problem) when bad. */
        LocalDate date(String name, LocalDate fallback, LocalDate latest) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            try {
                if (value.isString()) {
                    LocalDate day = LocalDate.parse(Digits.latin(value.asString().strip()));
                    if (day.getYear() < 1970 || day.isAfter(latest)) {
                        problems.add(new FieldProblem(prefix + name, "must be a day from 1970-01-01 to " + latest));
                        return null;
                    }
                    return day;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            problems.add(new FieldProblem(prefix + name, "must be a date YYYY-MM-DD (a UTC day, included)"));
            return null;
        }

        int whole(String name, int fallback, int min, int max) {
            JsonNode value = body.get(name);
            if (value == null || value.isNull()) {
                return fallback;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
                problems.add(new FieldProblem(prefix + name, "must be a whole number from " + min + " to " + max));
                return fallback;
            }
            return value.asInt();
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
    }
}
