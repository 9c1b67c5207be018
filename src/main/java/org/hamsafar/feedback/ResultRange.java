package org.hamsafar.feedback;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.PageDays;

/**
 * The time range of a results page or an export, [from, to). A bound is a date (local midnight in
 * the zone; Gregorian, or Jalali when the year is below 1700, e.g. 1404-07-01; Persian digits and
 * '/' accepted) or, for API clients, an ISO-8601 date-time. A missing bound is open: all responses.
 */
record ResultRange(Instant from, Instant to) {
    /** Before any response could have been stored. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Everything up to a day after {@code now} (submissions may carry times up to 24 hours ahead). */
    static ResultRange all(Instant now) {
        return new ResultRange(EARLIEST, now.plusSeconds(2 * 86_400));
    }

    /**
     * Reads the bounds. With {@code inclusiveEnd} (dashboard forms) a date in {@code to} counts its whole
     * day; otherwise (the API, like the metrics API) {@code to} is the first instant not counted.
     *
     * @throws InvalidInputException naming {@code from} or {@code to}
     */
    static ResultRange parse(String from, String to, ZoneId zone, Instant now, boolean inclusiveEnd) {
        List<FieldProblem> problems = new ArrayList<>();
        ResultRange all = all(now);
        Instant start = blank(from) ? all.from() : bound("from", from, zone, false, problems);
        Instant end = blank(to) ? all.to() : bound("to", to, zone, inclusiveEnd, problems);
        if (problems.isEmpty() && !start.isBefore(end)) {
            problems.add(new FieldProblem("from", "must be before to"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ResultRange(start, end);
    }

    private static Instant bound(String field, String text, ZoneId zone, boolean wholeDay, List<FieldProblem> problems) {
        String value = Digits.latin(text.strip()).replace(' ', '+');
        try {
            if (value.length() <= 10) {
                LocalDate day = PageDays.parse(value);
                return (wholeDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.lastIndexOf('+') > 9 || value.lastIndexOf('-') > 9) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            problems.add(new FieldProblem(field, "must be a date such as 2026-01-31 or 1404-11-11, or an ISO-8601 date-time"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
