package org.hamsafar.journeys.paths;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.events.ChannelSwitches;
import org.hamsafar.events.ChannelSwitches.Intent;
import org.hamsafar.events.ChannelSwitches.SwitchQuery;
import org.hamsafar.events.EventMatch;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a channel-switching query body: {@code intents} (optional: 1 to 10, each {@code key} and
 * {@code match}, 1 to 20 event matches), {@code window} (default PT24H), {@code from}, {@code to},
 * {@code segment} (a segment's key: only its members' episodes).
 * Unknown fields are refused; every problem is named by its path.
 */
final class SwitchRequestReader {
    static final String DEFAULT_WINDOW = "PT24H";
    private static final Set<String> FIELDS = Set.of("intents", "window", "from", "to", "segment");
    private static final Set<String> INTENT_FIELDS = Set.of("key", "match");

    private SwitchRequestReader() {
    }

    static SwitchRequest read(JsonNode body, ZoneId zone, Clock clock) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "must be a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        QueryFields.refuseUnknown(body, "", FIELDS, problems);
        List<Intent> intents = intents(body.get("intents"), problems);
        QueryFields.Window window = QueryFields.window(body, DEFAULT_WINDOW, problems);
        QueryFields.Period period = QueryFields.period(body, zone, clock, problems);
        String segment = QueryFields.segment(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SwitchRequest(new SwitchQuery(intents, window.duration(), period.from(), period.to(), segment), window.text());
    }

    private static List<Intent> intents(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.isEmpty() || node.size() > ChannelSwitches.MAX_INTENTS) {
            problems.add(new FieldProblem("intents", "must be an array of 1 to " + ChannelSwitches.MAX_INTENTS
                    + " intents (leave it out to use each touchpoint as an intent)"));
            return List.of();
        }
        List<Intent> intents = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "intents[" + i + "]";
            JsonNode intent = node.get(i);
            if (!intent.isObject()) {
                problems.add(new FieldProblem(path, "must be an object with key and match"));
                continue;
            }
            int before = problems.size();
            QueryFields.refuseUnknown(intent, path + ".", INTENT_FIELDS, problems);
            String key = QueryFields.key(intent, path + ".", "key", problems);
            if (key == null && !intent.hasNonNull("key")) {
                problems.add(new FieldProblem(path + ".key", "is required: a key such as \"support\""));
            } else if (key != null && !keys.add(key)) {
                problems.add(new FieldProblem(path + ".key", "repeats the key of an earlier intent"));
            }
            List<EventMatch> matches = matches(intent.get("match"), path + ".match", problems);
            if (problems.size() == before) {
                intents.add(new Intent(key, matches));
            }
        }
        return intents;
    }

    private static List<EventMatch> matches(JsonNode node, String path, List<FieldProblem> problems) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > ChannelSwitches.MAX_MATCHES) {
            problems.add(new FieldProblem(path, "must be an array of 1 to " + ChannelSwitches.MAX_MATCHES
                    + " event matches, each with any of type, channel, touchpoint"));
            return List.of();
        }
        List<EventMatch> matches = new ArrayList<>();
        for (int j = 0; j < node.size(); j++) {
            EventMatch match = QueryFields.match(node.get(j), path + "[" + j + "]", problems);
            if (match != null) {
                matches.add(match);
            }
        }
        return matches;
    }
}
