package org.hamsafar.journeys;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code from} / {@code to} times of the journey queries (funnels, paths, channel
 * switching, peak-end) the same way everywhere: an ISO-8601 date-time with its offset, or a date
 * meaning its midnight in the display time zone; Persian and Arabic-Indic digits are accepted.
 */
public final class QueryTimes {
    public static final String TIME_FORMS = "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00+03:30) or a date (2026-05-01)";
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9998-12-31T00:00:00Z");

    private QueryTimes() {
    }

    /** The time in {@code object.field}, or null when absent (or unreadable: then a problem names the field). */
    public static Instant read(JsonNode object, String field, ZoneId zone, List<FieldProblem> problems) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
        String value = Digits.latin(node.asString().strip());
        Instant instant;
        try {
            instant = value.length() == 10 ? IsoTimes.parseQueryTime(value, zone) : IsoTimes.parseWithOffset(value);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            problems.add(new FieldProblem(field, "must be between the years 1970 and 9998"));
            return null;
        }
        return instant;
    }
}
