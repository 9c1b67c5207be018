package org.hamsafar.analytics.cohorts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hamsafar.events.AcquisitionCohorts.Period;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /api/v1/analytics/cohorts/query}, naming every bad field. Cohorts are
 * calendar periods in UTC, so a bare date ({@code 2026-01-01}) means its midnight in UTC: a month's
 * cohort then starts exactly at {@code from}.
 */
final class CohortRequestReader {
    static final String DEFAULT_TYPE = "purchase";
    /** The most cohorts (periods in [from, to)) and the most periods observed (from to until) a matrix may have. */
    static final int MAX_COHORTS = 60;
    static final int MAX_PERIODS = 120;
    static final int MAX_TYPES = 10;
    /** Cohorts shown when {@code from} is not given: the current period and the 11 before it. */
    static final int DEFAULT_COHORTS = 12;
    private static final Set<String> FIELDS = Set.of("acquisitionEventType", "activityEventType", "activityEventTypes", "period",
            "from", "to", "until", "metric", "segment");
    private static final String TIME_FORMS = "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00Z) or a date (2026-05-01, midnight UTC)";
    private static final String KEY_RULE = "must be an event type: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private CohortRequestReader() {
    }

    static CohortRequest read(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        String acquisition = key(body.get("acquisitionEventType"), "acquisitionEventType", problems);
        List<String> activity = activity(body, problems);
        Period period = choice(body.get("period"), "period", Period.class, Period.MONTH, problems);
        CohortMetric metric = choice(body.get("metric"), "metric", CohortMetric.class, CohortMetric.RETENTION, problems);
        Instant from = time(body.get("from"), "from", problems);
        Instant to = time(body.get("to"), "to", problems);
        Instant until = time(body.get("until"), "until", problems);
        String segment = SegmentMembers.read(body.get("segment"), "segment", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        acquisition = acquisition == null ? DEFAULT_TYPE : acquisition;
        activity = activity.isEmpty() ? List.of(acquisition) : activity;
        to = to == null ? now : to;
        until = until == null ? (to.isAfter(now) ? to : now) : until;
        from = from == null ? defaultFrom(period, to) : from;
        if (!from.isBefore(to)) {
            problems.add(new FieldProblem(body.has("from") ? "from" : "to", "from must be before to"));
        } else if (until.isBefore(to)) {
            problems.add(new FieldProblem("until", "must not be before to (activity is observed after acquisition)"));
        } else {
            LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
            int cohorts = CohortMatrixAssembler.periodsBetween(period, start(period, first), LocalDate.ofInstant(to.minusNanos(1000), ZoneOffset.UTC)) + 1;
            int periods = CohortMatrixAssembler.periodsBetween(period, start(period, first), LocalDate.ofInstant(until.minusNanos(1000), ZoneOffset.UTC)) + 1;
            String unit = period.name().toLowerCase(Locale.ROOT) + "s";
            if (cohorts > MAX_COHORTS) {
                problems.add(new FieldProblem("from", "from to to spans " + cohorts + " " + unit + "; at most " + MAX_COHORTS + " cohorts"));
            } else if (periods > MAX_PERIODS) {
                problems.add(new FieldProblem("until", "from to until spans " + periods + " " + unit + "; at most " + MAX_PERIODS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CohortRequest(List.of(acquisition), activity, period, from, to, until, metric, segment);
    }

    /** The first day of the period holding {@code to}, minus 11 periods: 12 cohorts up to now. */
    private static Instant defaultFrom(Period period, Instant to) {
        LocalDate current = start(period, LocalDate.ofInstant(to.minusNanos(1000), ZoneOffset.UTC));
        LocalDate first = period == Period.MONTH ? current.minusMonths(DEFAULT_COHORTS - 1L) : current.minusWeeks(DEFAULT_COHORTS - 1L);
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate start(Period period, LocalDate day) {
        return period == Period.MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    private static List<String> activity(JsonNode body, List<FieldProblem> problems) {
        JsonNode one = body.get("activityEventType");
        JsonNode many = body.get("activityEventTypes");
        boolean hasOne = one != null && !one.isNull();
        if (hasOne && many != null && !many.isNull()) {
            problems.add(new FieldProblem("activityEventTypes", "give activityEventType or activityEventTypes, not both"));
            return List.of();
        }
        if (hasOne) {
            String type = key(one, "activityEventType", problems);
            return type == null ? List.of() : List.of(type);
        }
        if (many == null || many.isNull()) {
            return List.of();
        }
        if (!many.isArray() || many.isEmpty() || many.size() > MAX_TYPES) {
            problems.add(new FieldProblem("activityEventTypes", "must be an array of 1 to " + MAX_TYPES + " event types"));
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < many.size(); i++) {
            String type = key(many.get(i), "activityEventTypes[" + i + "]", problems);
            if (type != null) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    private static String key(JsonNode node, String field, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || !Keys.isKey(node.asString())) {
            problems.add(new FieldProblem(field, KEY_RULE));
            return null;
        }
        return node.asString();
    }

    private static <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type, E fallback, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (!node.isString() || !names.contains(node.asString())) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ", names)));
            return fallback;
        }
        return Enum.valueOf(type, node.asString().toUpperCase(Locale.ROOT));
    }

    private static Instant time(JsonNode node, String field, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
        String value = Digits.latin(node.asString().strip());
        try {
            Instant instant = value.length() == 10 ? IsoTimes.parseQueryTime(value, ZoneOffset.UTC) : IsoTimes.parseWithOffset(value);
            if (instant.getEpochSecond() < 0 || instant.isAfter(Instant.parse("9998-12-31T00:00:00Z"))) {
                problems.add(new FieldProblem(field, "must be between the years 1970 and 9998"));
                return null;
            }
            return instant;
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
    }
}
