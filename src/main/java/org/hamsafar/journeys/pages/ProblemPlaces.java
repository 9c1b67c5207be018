package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.journeys.maps.JourneyLanes;
import org.springframework.stereotype.Component;

/**
 * Where a problem of an imported document is, as people read it: the JSON path
 * {@code [1].map.stages[0].touchpoints[2].channel} becomes "document 2 › stage 1 › touchpoint 3 ›
 * channel" in the page's language, with lanes by their names. Unknown parts are kept as written.
 */
@Component
class ProblemPlaces {
    private static final Pattern PART = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)?((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private final ProblemMessages messages;

    ProblemPlaces(ProblemMessages messages) {
        this.messages = messages;
    }

    String describe(String path) {
        if (path == null || path.isEmpty() || "body".equals(path)) {
            return messages.message("journeys.map.import.place.file");
        }
        List<String> parts = new ArrayList<>();
        for (String token : path.split("\\.")) {
            Matcher m = PART.matcher(token);
            if (!m.matches()) {
                parts.add(token);
                continue;
            }
            String name = m.group(1);
            List<Integer> indexes = new ArrayList<>();
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                indexes.add(Integer.parseInt(index.group(1)));
            }
            if (name == null) {
                indexes.forEach(i -> parts.add(messages.message("journeys.map.import.place.document", ProblemMessages.digits(i + 1))));
                continue;
            }
            String kind = switch (name) {
                case "stages" -> "stage";
                case "touchpoints" -> "touchpoint";
                case "surveys" -> "survey";
                default -> null;
            };
            if (kind != null && !indexes.isEmpty()) {
                parts.add(messages.message("journeys.map.import.place." + kind, ProblemMessages.digits(indexes.get(0) + 1)));
                indexes = indexes.subList(1, indexes.size());
            } else {
                parts.add(label(name));
            }
            indexes.forEach(i -> parts.add(messages.message("journeys.map.import.place.item", ProblemMessages.digits(i + 1))));
        }
        return String.join(" › ", parts);
    }

    private String label(String name) {
        if (JourneyLanes.allKeys().contains(name)) {
            return messages.message("journeys.map.lane." + name);
        }
        return switch (name) {
            case "map", "persona", "name", "type", "goal", "scope", "channel", "label", "surveyId", "format", "formatVersion" ->
                    messages.message("journeys.map.import.place." + name);
            default -> name;
        };
    }
}
