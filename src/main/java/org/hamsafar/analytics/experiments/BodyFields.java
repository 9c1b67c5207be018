package org.hamsafar.analytics.experiments;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.DurationText;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of a request, collecting every problem (named by its path,
 * such as {@code variants[1].visitors}) so that one 422 names them all. Unknown fields are refused.
 */
final class BodyFields {
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9998-12-31T00:00:00Z");
    private final JsonNode node;
    private final String path;
    private final List<FieldProblem> problems;

    private BodyFields(JsonNode node, String path, List<FieldProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The request body, which must be an object with only these fields. */
    static BodyFields of(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        BodyFields reader = new BodyFields(body, "", new ArrayList<>());
        reader.refuseUnknown(fields);
        return reader;
    }

    /** An object inside the body at {@code path}; null (with a problem) when it is not an object. */
    BodyFields nested(JsonNode value, String nestedPath, Set<String> fields, String shape) {
        if (value == null || !value.isObject()) {
            problems.add(new FieldProblem(nestedPath, "must be an object with " + shape));
            return null;
        }
        BodyFields reader = new BodyFields(value, nestedPath, problems);
        reader.refuseUnknown(fields);
        return reader;
    }

    private void refuseUnknown(Set<String> fields) {
        node.propertyNames().forEach(name -> {
            if (!fields.contains(name)) {
                problems.add(new FieldProblem(name(name), "unknown field"));
            }
        });
    }

    String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        return node.hasNonNull(field);
    }

    JsonNode get(String field) {
        return node.get(field);
    }

    void problem(String field, String message) {
        problems.add(new FieldProblem(name(field), message));
    }

    int problemCount() {
        return problems.size();
    }

    /** A number in [min, max] (bounds open when said so); the fallback when absent (null: required). */
    Double decimal(String field, Double fallback, double min, boolean minOpen, double max, boolean maxOpen) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                problem(field, "is required");
            }
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            problem(field, "must be a number");
            return null;
        }
        double x = value.doubleValue();
        if ((minOpen ? x <= min : x < min) || (maxOpen ? x >= max : x > max)) {
            problem(field, "must be " + (minOpen ? "more than " : "at least ") + plain(min) + " and "
                    + (maxOpen ? "less than " : "at most ") + plain(max));
            return null;
        }
        return x;
    }

    /** A whole number in [min, max]; the fallback when absent (null: required). */
    Long whole(String field, Long fallback, long min, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                problem(field, "is required");
            }
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problem(field, "must be a whole number");
            return null;
        }
        long x = value.longValue();
        if (x < min || x > max) {
            problem(field, "must be from " + min + " to " + max);
            return null;
        }
        return x;
    }

    /** A non-blank string of at most {@code maxLength} characters, stripped; the fallback when absent. */
    String text(String field, String fallback, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString() || value.asString().isBlank()) {
            problem(field, "must be a non-empty string");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /**
     * A time: an ISO-8601 date-time with offset, or a date meaning its midnight in {@code zone};
     * Persian and Arabic-Indic digits are read as Latin ones. Null when absent or unreadable.
     */
    Instant time(String field, ZoneId zone) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? Digits.latin(value.asString().strip()) : "";
        try {
            Instant instant = text.length() == 10 ? IsoTimes.parseQueryTime(text, zone) : IsoTimes.parseWithOffset(text);
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                problem(field, "must be between the years 1970 and 9998");
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            problem(field, "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00+03:30) or a date (2026-05-01)");
            return null;
        }
    }

    /** A duration such as "7d", "24h", "90m" or "P7D", more than 0 and at most {@code max}; the fallback when absent. */
    Duration duration(String field, Duration fallback, Duration max) {
        String text = text(field, null, 32);
        if (text == null) {
            return fallback;
        }
        Duration value = DurationText.parse(Digits.latin(text));
        if (value == null || value.isNegative() || value.isZero() || value.compareTo(max) > 0) {
            problem(field, "must be a duration such as \"7d\", \"24h\" or \"P7D\", more than 0 and at most " + max.toDays() + " days");
            return fallback;
        }
        return value;
    }

    /** The 422 naming every problem found so far, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String plain(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
