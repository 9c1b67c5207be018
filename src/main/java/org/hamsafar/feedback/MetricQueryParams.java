package org.hamsafar.feedback;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.IsoTimes;

/**
 * Reads the query parameters of the metric endpoints into a {@link MetricQuery}, naming every bad
 * parameter at once. Blank parameters count as absent.
 */
final class MetricQueryParams {
    private static final String TIME_FORMS = "must be an ISO-8601 date (2026-01-31, local midnight in the zone) "
            + "or date-time with offset (2026-01-31T08:00:00+03:30)";

    private MetricQueryParams() {
    }

    record Raw(String from, String to, String interval, String calendar, Long surveyId, String touchpoint, String channel,
               String segment, String zone) {
    }

    static Metric metric(String key) {
        return Metric.fromKey(key).orElseThrow(() -> InvalidInputException.of("metric", "must be one of nps, csat, ces"));
    }

    static MetricDimension dimension(String key) {
        return MetricDimension.fromKey(blankToNull(key) == null ? "" : key.trim())
                .orElseThrow(() -> InvalidInputException.of("by", "must be touchpoint or channel"));
    }

    /**
     * The query; {@code to} defaults to {@code now} and {@code from} to {@code to} minus
     * {@link CxMetrics#DEFAULT_RANGE}.
     */
    static MetricQuery read(Raw raw, ZoneId defaultZone, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = defaultZone;
        String zoneText = plusRestored(raw.zone());
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("zone", "must be a time zone such as Asia/Tehran, UTC or +03:30"));
            }
        }
        MetricInterval interval = MetricInterval.DAY;
        if (blankToNull(raw.interval()) != null) {
            interval = MetricInterval.fromKey(raw.interval().trim()).orElse(null);
            if (interval == null) {
                problems.add(new FieldProblem("interval", "must be one of day, week, month"));
            }
        }
        MetricCalendar calendar = MetricCalendar.GREGORIAN;
        if (blankToNull(raw.calendar()) != null) {
            calendar = MetricCalendar.fromKey(raw.calendar().trim()).orElse(null);
            if (calendar == null) {
                problems.add(new FieldProblem("calendar", "must be gregorian or jalali"));
            }
        }
        Instant to = raw.to() == null || raw.to().isBlank() ? now : instant("to", raw.to(), zone, problems);
        Instant from = raw.from() == null || raw.from().isBlank()
                ? (to == null ? null : to.minus(CxMetrics.DEFAULT_RANGE))
                : instant("from", raw.from(), zone, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MetricQuery(from, to, zone, interval, calendar, raw.surveyId(), blankToNull(raw.touchpoint()),
                blankToNull(raw.channel()), blankToNull(raw.segment()));
    }

    private static Instant instant(String field, String text, ZoneId zone, List<FieldProblem> problems) {
        String value = plusRestored(text);
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.lastIndexOf('+') > 9 || value.lastIndexOf('-') > 9) {
                return IsoTimes.parseWithOffset(value);
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
    }

    /** An unencoded '+' in a query string arrives as a space: {@code 10:00:00 03:30} means {@code +03:30}. */
    private static String plusRestored(String text) {
        String value = blankToNull(text);
        return value == null ? null : value.trim().replace(' ', '+');
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
