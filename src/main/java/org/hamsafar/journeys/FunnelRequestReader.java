package org.hamsafar.journeys;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.events.InteractionFunnels;
import org.hamsafar.events.InteractionFunnels.StepMatch;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.DurationText;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * Reads a funnel query body field by field, naming every offending field ({@code steps[2].channel},
 * {@code window}, ...) so a client can fix all of them at once. Unknown fields are refused.
 */
final class FunnelRequestReader {
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final String DEFAULT_WINDOW = "P7D";
    private static final Set<String> FIELDS = Set.of("steps", "window", "from", "to");
    private static final Set<String> STEP_FIELDS = Set.of("type", "channel", "touchpoint");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9998-12-31T00:00:00Z");
    private static final String TIME_FORMS = "must be an ISO-8601 date-time with offset (2026-05-01T00:00:00+03:30) or a date (2026-05-01)";

    private FunnelRequestReader() {
    }

    static FunnelDefinition read(JsonNode body, ZoneId zone, Clock clock) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(name, "unknown field"));
            }
        });
        List<StepMatch> steps = steps(body.get("steps"), problems);
        String windowText = DEFAULT_WINDOW;
        Duration window = Duration.ofDays(7);
        JsonNode windowNode = body.get("window");
        if (windowNode != null && !windowNode.isNull()) {
            windowText = windowNode.isString() ? windowNode.asString().strip() : null;
            window = windowText == null ? null : window(windowText, problems);
            if (windowText == null) {
                problems.add(new FieldProblem("window", "must be a string such as \"7d\", \"24h\", \"90m\" or \"P7D\""));
            }
        }
        Instant from = time(body, "from", zone, problems);
        Instant to = time(body, "to", zone, problems);
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
            throw InvalidInputException.of(body.has("to") ? "to" : "from", body.has("to") ? "must be after from" : "must be before now (to defaults to now)");
        }
        return new FunnelDefinition(steps, window, windowText, from, to);
    }

    private static List<StepMatch> steps(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem("steps", "is required: 2 to " + InteractionFunnels.MAX_STEPS + " steps"));
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem("steps", "must be an array of 2 to " + InteractionFunnels.MAX_STEPS + " steps"));
            return List.of();
        }
        if (node.size() < 2 || node.size() > InteractionFunnels.MAX_STEPS) {
            problems.add(new FieldProblem("steps", "must have 2 to " + InteractionFunnels.MAX_STEPS + " steps, not " + node.size()));
            return List.of();
        }
        List<StepMatch> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "steps[" + i + "]";
            JsonNode step = node.get(i);
            if (!step.isObject()) {
                problems.add(new FieldProblem(path, "must be an object with any of type, channel, touchpoint"));
                continue;
            }
            int before = problems.size();
            step.propertyNames().forEach(name -> {
                if (!STEP_FIELDS.contains(name)) {
                    problems.add(new FieldProblem(path + "." + name, "unknown field"));
                }
            });
            String type = key(step, path, "type", problems);
            String channel = text(step, path, "channel", problems);
            if (channel != null && Channel.fromKey(channel).isEmpty()) {
                problems.add(new FieldProblem(path + ".channel", "must be one of " + channels()));
                channel = null;
            }
            String touchpoint = key(step, path, "touchpoint", problems);
            if (problems.size() > before) {
                continue;
            }
            if (type == null && channel == null && touchpoint == null) {
                problems.add(new FieldProblem(path, "needs at least one of type, channel, touchpoint"));
                continue;
            }
            steps.add(new StepMatch(type, channel, touchpoint));
        }
        return steps;
    }

    private static String channels() {
        return String.join(", ", java.util.Arrays.stream(Channel.values()).map(Channel::key).toList());
    }

    private static String key(JsonNode step, String path, String field, List<FieldProblem> problems) {
        String value = text(step, path, field, problems);
        if (value != null && !Keys.isKey(value)) {
            problems.add(new FieldProblem(path + "." + field,
                    "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
            return null;
        }
        return value;
    }

    private static String text(JsonNode step, String path, String field, List<FieldProblem> problems) {
        JsonNode value = step.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(path + "." + field, "must be a string"));
            return null;
        }
        return value.asString();
    }

    private static Duration window(String text, List<FieldProblem> problems) {
        Duration window = DurationText.parse(Digits.latin(text));
        if (window == null) {
            problems.add(new FieldProblem("window", "is not a duration: use \"7d\", \"24h\", \"90m\" or ISO-8601 such as \"P7D\""));
            return null;
        }
        if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldProblem("window", "must be more than 0 and at most 90 days"));
            return null;
        }
        return window;
    }

    private static Instant time(JsonNode body, String field, ZoneId zone, List<FieldProblem> problems) {
        JsonNode node = body.get(field);
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
            // A date means its midnight in the display time zone; a date-time must carry its offset.
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
