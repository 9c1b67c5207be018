package org.hamsafar.journeys.peakend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.journeys.QueryTimes;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import tools.jackson.databind.JsonNode;

/**
 * Reads a peak-end query body field by field, naming every offending field at once (422). Unknown
 * fields are refused. Defaults: the last {@link #DEFAULT_PERIOD} up to now, journeys by a gap of
 * {@link #DEFAULT_GAP}, outcomes within {@link #DEFAULT_HORIZON}.
 */
final class PeakEndRequestReader {
    static final Duration DEFAULT_PERIOD = Duration.ofDays(365);
    /** Longest period: five years of journeys (the query also reads a year before it). */
    static final Duration MAX_PERIOD = Duration.ofDays(5 * 366);
    static final Duration DEFAULT_GAP = Duration.ofDays(14);
    static final Duration MAX_GAP = Duration.ofDays(180);
    static final Duration DEFAULT_HORIZON = Duration.ofDays(90);
    static final Duration MAX_HORIZON = Duration.ofDays(365);
    private static final Set<String> FIELDS = Set.of("from", "to", "grouping", "gap", "horizon", "channel", "touchpoint", "segment",
            "purchaseType");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";
    private static final String DURATION_FORMS = "is not a duration: use \"14d\", \"24h\" or ISO-8601 such as \"P14D\"";

    private PeakEndRequestReader() {
    }

    static PeakEndQuery read(JsonNode body, ZoneId zone, Clock clock, String defaultPurchaseType) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        Instant from = QueryTimes.read(body, "from", zone, problems);
        Instant to = QueryTimes.read(body, "to", zone, problems);
        JourneyGrouping grouping = JourneyGrouping.GAP;
        String groupingText = string(body, "grouping", problems);
        if (groupingText != null) {
            grouping = JourneyGrouping.fromKey(groupingText).orElse(null);
            if (grouping == null) {
                problems.add(new FieldProblem("grouping", "must be gap or period"));
            }
        }
        Duration gap = duration(body, "gap", DEFAULT_GAP, MAX_GAP, problems);
        if (grouping == JourneyGrouping.PERIOD) {
            if (body.hasNonNull("gap")) {
                problems.add(new FieldProblem("gap", "applies only when grouping is gap"));
            }
            gap = null;
        }
        Duration horizon = duration(body, "horizon", DEFAULT_HORIZON, MAX_HORIZON, problems);
        String channel = string(body, "channel", problems);
        if (channel != null && Channel.fromKey(channel).isEmpty()) {
            problems.add(new FieldProblem("channel", "must be one of " + String.join(", ", Arrays.stream(Channel.values()).map(Channel::key).toList())));
        }
        String touchpoint = key(body, "touchpoint", problems);
        String segment = key(body, "segment", problems);
        String purchaseType = key(body, "purchaseType", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (to == null) {
            to = clock.instant();
        }
        if (from == null) {
            from = to.minus(DEFAULT_PERIOD);
        }
        if (!from.isBefore(to)) {
            throw InvalidInputException.of(body.hasNonNull("to") ? "to" : "from",
                    body.hasNonNull("to") ? "must be after from" : "must be before now (to defaults to now)");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw InvalidInputException.of("from", "must be at most " + MAX_PERIOD.toDays() + " days before to");
        }
        return new PeakEndQuery(from, to, grouping, gap, horizon, channel, touchpoint, segment,
                purchaseType == null ? defaultPurchaseType : purchaseType);
    }

    /** A duration as the API writes it back: whole days as "P14D", anything else in ISO-8601 ("PT36H"). */
    static String text(Duration duration) {
        if (duration == null) {
            return null;
        }
        return duration.toSeconds() % 86_400 == 0 && duration.getNano() == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    /** A duration given as a query parameter (blank: the fallback); 422 naming {@code field} when it is no duration or out of range. */
    static Duration durationParam(String field, String text, Duration fallback, Duration max) {
        List<FieldProblem> problems = new ArrayList<>();
        Duration value = text == null || text.isBlank() ? fallback : duration(field, text, fallback, max, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return value;
    }

    /** A key given as a query parameter (blank: the fallback); 422 naming {@code field} when it is no key. */
    static String keyParam(String field, String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (!Keys.isKey(text.strip())) {
            throw InvalidInputException.of(field, KEY_RULE);
        }
        return text.strip();
    }

    private static Duration duration(JsonNode body, String field, Duration fallback, Duration max, List<FieldProblem> problems) {
        String text = string(body, field, problems);
        return text == null ? fallback : duration(field, text, fallback, max, problems);
    }

    private static Duration duration(String field, String text, Duration fallback, Duration max, List<FieldProblem> problems) {
        Duration value = DurationText.parse(Digits.latin(text.strip()));
        if (value == null) {
            problems.add(new FieldProblem(field, DURATION_FORMS));
            return fallback;
        }
        if (value.isNegative() || value.isZero() || value.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, "must be more than 0 and at most " + max.toDays() + " days"));
            return fallback;
        }
        return value;
    }

    private static String key(JsonNode body, String field, List<FieldProblem> problems) {
        String value = string(body, field, problems);
        if (value != null && !Keys.isKey(value)) {
            problems.add(new FieldProblem(field, KEY_RULE));
            return null;
        }
        return value;
    }

    private static String string(JsonNode body, String field, List<FieldProblem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        return value.asString();
    }
}
