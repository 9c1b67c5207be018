package org.hamsafar.journeys.paths;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hamsafar.events.EventMatch;
import org.hamsafar.events.InteractionPaths;
import org.hamsafar.events.InteractionPaths.Direction;
import org.hamsafar.events.InteractionPaths.NodeBy;
import org.hamsafar.events.InteractionPaths.PathQuery;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import tools.jackson.databind.JsonNode;

/**
 * Reads a path query body: {@code anchor} (required), {@code direction}, {@code depth},
 * {@code nodeBy}, {@code window}, {@code from}, {@code to}, {@code collapseRepeats},
 * {@code topPerLevel}, {@code exclude}, {@code segment}. Unknown fields are refused; every problem is named.
 */
final class PathRequestReader {
    static final int DEFAULT_DEPTH = 4;
    static final int DEFAULT_TOP_PER_LEVEL = 8;
    static final String DEFAULT_WINDOW = "P1D";
    /** The most event types one query may exclude. */
    static final int MAX_EXCLUDED = 50;
    private static final Set<String> FIELDS = Set.of("anchor", "direction", "depth", "nodeBy", "window", "from", "to",
            "collapseRepeats", "topPerLevel", "exclude", "segment");

    private PathRequestReader() {
    }

    static PathRequest read(JsonNode body, ZoneId zone, Clock clock) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        QueryFields.refuseUnknown(body, "", FIELDS, problems);
        EventMatch anchor = null;
        if (!body.hasNonNull("anchor")) {
            problems.add(new FieldProblem("anchor", "is required: an object with any of type, channel, touchpoint"));
        } else {
            anchor = QueryFields.match(body.get("anchor"), "anchor", problems);
        }
        Direction direction = choice(body, "direction", Direction.AFTER, problems, Direction::fromKey, "after, before");
        Integer depth = QueryFields.whole(body, "depth", 1, InteractionPaths.MAX_DEPTH, DEFAULT_DEPTH, problems);
        NodeBy nodeBy = choice(body, "nodeBy", NodeBy.TYPE, problems, NodeBy::fromKey, "type, touchpoint, channel, channel_type");
        QueryFields.Window window = QueryFields.window(body, DEFAULT_WINDOW, problems);
        QueryFields.Period period = QueryFields.period(body, zone, clock, problems);
        Boolean collapse = QueryFields.bool(body, "collapseRepeats", true, problems);
        Integer top = QueryFields.whole(body, "topPerLevel", 1, InteractionPaths.MAX_TOP_PER_LEVEL, DEFAULT_TOP_PER_LEVEL, problems);
        List<String> exclude = exclude(body.get("exclude"), problems);
        String segment = QueryFields.segment(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PathRequest(new PathQuery(anchor, direction, depth, nodeBy, window.duration(), period.from(), period.to(),
                collapse, top, exclude, segment), window.text());
    }

    private static <T> T choice(JsonNode body, String field, T fallback, List<FieldProblem> problems,
                                Function<String, Optional<T>> parse, String allowed) {
        String text = QueryFields.text(body, "", field, problems);
        if (text == null) {
            return body.hasNonNull(field) ? null : fallback;
        }
        T value = parse.apply(text.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (value == null) {
            problems.add(new FieldProblem(field, "must be one of " + allowed));
        }
        return value;
    }

    private static List<String> exclude(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_EXCLUDED) {
            problems.add(new FieldProblem("exclude", "must be an array of at most " + MAX_EXCLUDED + " event types"));
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String path = "exclude[" + i + "]";
            if (!item.isString() || !Keys.isKey(item.asString())) {
                problems.add(new FieldProblem(path, "must be an event type (a key such as \"page_view\")"));
            } else if (!types.contains(item.asString())) {
                types.add(item.asString());
            }
        }
        return types;
    }
}
