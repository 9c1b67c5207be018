package org.hamsafar.journeys.paths;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hamsafar.events.EventMatch;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.journeys.QueryTimes;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.DurationText;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields that the path and channel-switching queries share, adding one problem per
 * offending field (named by its JSON path, e.g. {@code intents[1].match[0].channel}) so that a
 * client can fix all of them at once. Each method returns null for an absent or invalid value.
 */
final class QueryFields {
    /** The longest window or period a journey query looks across from one event. */
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    /** The anchor or episode period when the request gives no {@code from}. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    private static final Set<String> MATCH_FIELDS = Set.of("type", "channel", "touchpoint");
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private QueryFields() {
    }

    /** A duration as the request wrote it and as read. */
    record Window(Duration duration, String text) {
    }

    /** The period [from, to) a query covers. */
    record Period(Instant from, Instant to) {
    }

    static void refuseUnknown(JsonNode object, String path, Set<String> known, List<FieldProblem> problems) {
        object.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(path + name, "unknown field"));
            }
        });
    }

    /** An event match: an object with any of type, channel, touchpoint (at least one). */
    static EventMatch match(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(path, "must be an object with any of type, channel, touchpoint"));
            return null;
        }
        int before = problems.size();
        refuseUnknown(node, path + ".", MATCH_FIELDS, problems);
        String type = key(node, path + ".", "type", problems);
        String channel = channel(node, path + ".", "channel", problems);
        String touchpoint = key(node, path + ".", "touchpoint", problems);
        if (problems.size() > before) {
            return null;
        }
        if (type == null && channel == null && touchpoint == null) {
            problems.add(new FieldProblem(path, "needs at least one of type, channel, touchpoint"));
            return null;
        }
        return new EventMatch(type, channel, touchpoint);
    }

    static String key(JsonNode object, String path, String field, List<FieldProblem> problems) {
        String value = text(object, path, field, problems);
        if (value != null && !Keys.isKey(value)) {
            problems.add(new FieldProblem(path + field, KEY_RULE));
            return null;
        }
        return value;
    }

    static String channel(JsonNode object, String path, String field, List<FieldProblem> problems) {
        String value = text(object, path, field, problems);
        if (value != null && Channel.fromKey(value).isEmpty()) {
            problems.add(new FieldProblem(path + field, "must be one of " + channels()));
            return null;
        }
        return value;
    }

    static String channels() {
        return String.join(", ", Arrays.stream(Channel.values()).map(Channel::key).toList());
    }

    /** A string field, or null when absent (JSON null counts as absent). */
    static String text(JsonNode object, String path, String field, List<FieldProblem> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(path + field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    /** {@code segment}: a segment's key (a customer tag) whose members alone are counted; null when absent. */
    static String segment(JsonNode object, List<FieldProblem> problems) {
        return SegmentMembers.read(object.get("segment"), "segment", problems);
    }

    /** A whole number in [min, max] (not a string, not a fraction); {@code fallback} when absent. */
    static Integer whole(JsonNode object, String field, int min, int max, int fallback, List<FieldProblem> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
            return null;
        }
        return value.asInt();
    }

    /** true or false; {@code fallback} when absent. */
    static Boolean bool(JsonNode object, String field, boolean fallback, List<FieldProblem> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(new FieldProblem(field, "must be true or false"));
            return null;
        }
        return value.asBoolean();
    }

    /** {@code window}: "24h", "7d", "90m" or ISO-8601 ("PT24H", "P1D"); more than 0 and at most {@link #MAX_WINDOW}. */
    static Window window(JsonNode object, String fallback, List<FieldProblem> problems) {
        JsonNode node = object.get("window");
        if (node == null || node.isNull()) {
            return new Window(DurationText.parse(fallback), fallback);
        }
        if (!node.isString()) {
            problems.add(new FieldProblem("window", "must be a string such as \"24h\", \"7d\", \"90m\" or \"PT24H\""));
            return null;
        }
        String text = node.asString().strip();
        Duration window = DurationText.parse(Digits.latin(text));
        if (window == null) {
            problems.add(new FieldProblem("window", "is not a duration: use \"24h\", \"7d\", \"90m\" or ISO-8601 such as \"PT24H\""));
            return null;
        }
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem("window", "must be more than 0 and at most 90 days"));
            return null;
        }
        return new Window(window, text);
    }

    /**
     * {@code from} and {@code to}: ISO-8601 date-times with offset, or dates (midnight in
     * {@code zone}); to defaults to now, from to {@link #DEFAULT_PERIOD} before to. Null after a
     * problem.
     */
    static Period period(JsonNode object, ZoneId zone, Clock clock, List<FieldProblem> problems) {
        int before = problems.size();
        Instant from = QueryTimes.read(object, "from", zone, problems);
        Instant to = QueryTimes.read(object, "to", zone, problems);
        if (problems.size() > before) {
            return null;
        }
        if (to == null) {
            to = clock.instant();
        }
        if (from == null) {
            from = to.minus(DEFAULT_PERIOD);
        }
        if (!from.isBefore(to)) {
            boolean toGiven = object.hasNonNull("to");
            problems.add(new FieldProblem(toGiven ? "to" : "from", toGiven ? "must be after from" : "must be before now (to defaults to now)"));
            return null;
        }
        return new Period(from, to);
    }
}
