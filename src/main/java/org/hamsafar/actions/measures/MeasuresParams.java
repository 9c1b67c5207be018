package org.hamsafar.actions.measures;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.IsoTimes;

/**
 * Reads the period, team and segment of the measures, naming every bad parameter at once (422). Blank
 * parameters count as absent; Persian and Arabic-Indic digits are read as Latin ones. {@code to}
 * defaults to now; {@code from} to {@code days} (default {@link #DEFAULT_DAYS}) before {@code to}.
 */
final class MeasuresParams {
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 5 * 366;
    /** Bounds that both stores and java.time handle without overflow. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final String TIME_FORMS = "must be an ISO-8601 date (2026-01-31, local midnight in the display time zone) "
            + "or date-time with offset (2026-01-31T08:00:00+03:30)";

    private MeasuresParams() {
    }

    /** The parameters as sent. */
    record Raw(String from, String to, String days, String team, String segment) {
    }

    static MeasuresScope read(Raw raw, ZoneId zone, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer days = days(blankToNull(raw.days()), problems);
        String toText = blankToNull(raw.to());
        String fromText = blankToNull(raw.from());
        Instant to = toText == null ? now : instant("to", toText, zone, problems);
        Instant from = fromText != null ? instant("from", fromText, zone, problems)
                : to == null ? null : to.minus(Duration.ofDays(days == null ? DEFAULT_DAYS : days));
        if (fromText != null && days != null) {
            problems.add(new FieldProblem("days", "cannot be combined with from"));
        }
        if (from != null && to != null) {
            if (!from.isBefore(to)) {
                problems.add(new FieldProblem("from", "must be before to"));
            } else if (to.isAfter(from.plus(Duration.ofDays(MAX_DAYS)))) {
                problems.add(new FieldProblem("from", "must be at most " + MAX_DAYS + " days before to"));
            }
        }
        String team = blankToNull(raw.team());
        if (team != null && !Keys.isKey(team)) {
            problems.add(new FieldProblem("team", "must be a team key: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'"));
        }
        String segment = blankToNull(raw.segment());
        if (segment != null && !Keys.isKey(segment)) {
            problems.add(new FieldProblem("segment", SegmentMembers.RULE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new MeasuresScope(from, to, team, segment);
    }

    private static Integer days(String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        String value = Digits.latin(text);
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_DAYS) {
            problems.add(new FieldProblem("days", "must be a whole number from 1 to " + MAX_DAYS));
            return null;
        }
        return Integer.parseInt(value);
    }

    private static Instant instant(String field, String text, ZoneId zone, List<FieldProblem> problems) {
        String value = Digits.latin(text);
        Instant instant;
        try {
            instant = IsoTimes.parseQueryTime(value, zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            problems.add(new FieldProblem(field, "must be between the years 1900 and 9998"));
            return null;
        }
        return instant;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
