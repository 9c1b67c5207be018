package org.hamsafar.text;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.IsoTimes;

/**
 * Reads the query parameters of the text result endpoints, naming every bad one at once. Blank
 * parameters count as absent. {@code from} and {@code to} are ISO dates (local midnight in the
 * display zone) or date-times with offset; {@code days} counts back from {@code to} (default now).
 */
final class TextQueryParams {
    static final int MAX_DAYS = 5 * 366;
    static final int MAX_TOP = 100;
    /** Bounds that both stores and java.time handle without overflow. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final String TIME_FORMS = "must be an ISO-8601 date (2026-01-31, local midnight) "
            + "or date-time with offset (2026-01-31T08:00:00+03:30)";

    private final List<FieldProblem> problems = new ArrayList<>();
    private final ZoneId zone;

    TextQueryParams(ZoneId zone) {
        this.zone = zone;
    }

    /** The range and filters as sent; without any bound and with {@code closed}, the last {@link TextResults#DEFAULT_DAYS} days. */
    record Raw(String days, String from, String to, String source, Long surveyId, String channel, String touchpoint, String segment) {
    }

    /** A scope for a summary: always closed, at most {@link #MAX_DAYS} long. */
    TextScope summaryScope(Raw raw, Instant now) {
        Integer days = whole("days", raw.days(), 1, MAX_DAYS);
        Instant to = raw.to() == null ? now : instant("to", raw.to());
        Instant from = raw.from() != null ? instant("from", raw.from())
                : to == null ? null : to.minus(Duration.ofDays(days == null ? TextResults.DEFAULT_DAYS : days));
        if (from != null && to != null && to.isAfter(from.plus(Duration.ofDays(MAX_DAYS)))) {
            problems.add(new FieldProblem("from", "must be at most " + MAX_DAYS + " days before to"));
        }
        return scope(raw, from, to);
    }

    /** A scope for a list: open at either end unless {@code from}, {@code to} or {@code days} close it. */
    TextScope listScope(Raw raw, Instant now) {
        Integer days = whole("days", raw.days(), 1, MAX_DAYS);
        Instant to = raw.to() == null ? null : instant("to", raw.to());
        Instant from = raw.from() != null ? instant("from", raw.from())
                : days == null ? null : (to == null ? now : to).minus(Duration.ofDays(days));
        return scope(raw, from, to);
    }

    MetricInterval interval(String text, MetricInterval fallback) {
        return text == null ? fallback : known("interval", () -> MetricInterval.fromKey(text).orElse(null), "day, week or month");
    }

    MetricCalendar calendar(String text) {
        return text == null ? MetricCalendar.GREGORIAN
                : known("calendar", () -> MetricCalendar.fromKey(text).orElse(null), "gregorian or jalali");
    }

    SentimentLabel sentiment(String text) {
        return text == null ? null : known("sentiment", () -> parse(text, SentimentLabel::ofCode), "positive, neutral or negative");
    }

    int top(String text) {
        Integer top = whole("top", text, 1, MAX_TOP);
        return top == null ? TextResults.DEFAULT_TOP : top;
    }

    /** Every problem found so far, as one 422. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Runs a value's own checks (those of {@link TextScope}, {@link CommentFilter}) after the parameters' ones. */
    <T> T build(Supplier<T> value) {
        check();
        return value.get();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private TextScope scope(Raw raw, Instant from, Instant to) {
        return build(() -> new TextScope(from, to, raw.source(), raw.surveyId(), raw.channel(), raw.touchpoint(), raw.segment()));
    }

    private <T> T known(String field, Supplier<T> parse, String allowed) {
        T value = parse.get();
        if (value == null) {
            problems.add(new FieldProblem(field, "must be " + allowed));
        }
        return value;
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Integer whole(String field, String text, int min, int max) {
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return Integer.parseInt(text);
    }

    private Instant instant(String field, String text) {
        String value = text;
        Instant instant;
        try {
            instant = IsoTimes.parseQueryTime(value, zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(field, TIME_FORMS));
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            problems.add(new FieldProblem(field, "must be between 1900 and 9998"));
            return null;
        }
        return instant;
    }
}
