package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.journeys.personas.JourneyInput;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of a journey map into a {@link JourneyMapDraft}, reporting shapes (unknown fields
 * and lanes, blueprint lanes on other types, a string where a number belongs) under their JSON paths;
 * {@link JourneyMapRules} then checks the values. Each stage carries its lanes as named properties:
 * {@code {"id": "checkout", "name": "...", "painPoints": ["..."], "emotion": -1, "touchpoints": [...]}}.
 */
final class JourneyMapReader {
    /** Fields a client writes in the API. */
    private static final Set<String> API_FIELDS = Set.of("name", "type", "personaId", "goal", "scope", "stages", "versionNote",
            "baseVersion");
    /** Fields a reply carries that the server sets: sent back, they are ignored. */
    private static final Set<String> READ_ONLY = Set.of("id", "persona", "version", "latestVersion", "change", "changeDetail",
            "savedAt", "savedBy", "createdAt", "createdBy");
    /** Fields of the map in an export document. */
    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "type", "goal", "scope", "stages");
    private static final Set<String> TOUCHPOINT_FIELDS = Set.of("channel", "type", "touchpoint", "surveyId", "label");

    /** Where a map comes from: the API (with version fields), or the map of an export document. */
    enum Source { API, DOCUMENT }

    /** What was read: the draft, the API's version fields, the id a reply carried, and the problems of shape. */
    record Read(JourneyMapDraft draft, String versionNote, Integer baseVersion, Long id, List<FieldProblem> problems) {
    }

    private JourneyMapReader() {
    }

    static Read read(JsonNode node, String parent, Source source) {
        List<FieldProblem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(parent.isEmpty() ? "body" : parent, "must be a JSON object (a journey map)"));
            return new Read(new JourneyMapDraft(null, null, null, null, null, null), null, null, null, problems);
        }
        Set<String> fields = source == Source.API ? API_FIELDS : DOCUMENT_FIELDS;
        for (String name : node.propertyNames()) {
            if (!fields.contains(name) && !(source == Source.API && READ_ONLY.contains(name))) {
                problems.add(new FieldProblem(JourneyInput.path(parent, name), "unknown field; a journey map has "
                        + String.join(", ", source == Source.API ? List.of("name", "type", "personaId", "goal", "scope", "stages",
                        "versionNote", "baseVersion") : List.of("name", "type", "goal", "scope", "stages"))));
            }
        }
        String name = JourneyInput.string(node, "name", parent, problems);
        JourneyMapType type = type(node, parent, problems);
        Long personaId = source == Source.API
                ? JourneyInput.whole(node, "personaId", parent, "must be the id of a persona (a whole number)", problems) : null;
        String goal = JourneyInput.string(node, "goal", parent, problems);
        String scope = JourneyInput.string(node, "scope", parent, problems);
        List<JourneyStage> stages = stages(node, parent, type, problems);
        String note = null;
        Integer baseVersion = null;
        Long id = null;
        if (source == Source.API) {
            note = JourneyInput.string(node, "versionNote", parent, problems);
            Long base = JourneyInput.whole(node, "baseVersion", parent, "must be a version number (1, 2, ...)", problems);
            if (base != null && (base < 1 || base > Integer.MAX_VALUE)) {
                problems.add(new FieldProblem(JourneyInput.path(parent, "baseVersion"), "must be a version number (1, 2, ...)"));
            } else if (base != null) {
                baseVersion = base.intValue();
            }
            JsonNode idNode = JourneyInput.value(node, "id");
            id = idNode != null && idNode.isIntegralNumber() && idNode.canConvertToLong() ? idNode.asLong() : null;
        }
        return new Read(new JourneyMapDraft(name, type, personaId, goal, scope, stages), note, baseVersion, id, problems);
    }

    private static JourneyMapType type(JsonNode node, String parent, List<FieldProblem> problems) {
        String key = JourneyInput.string(node, "type", parent, problems);
        if (key == null) {
            return null;
        }
        JourneyMapType type = JourneyMapType.fromKey(key.strip()).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "type"), "must be one of " + JourneyMapType.keys()));
        }
        return type;
    }

    private static List<JourneyStage> stages(JsonNode node, String parent, JourneyMapType type, List<FieldProblem> problems) {
        JsonNode value = JourneyInput.value(node, "stages");
        if (value == null) {
            return null;
        }
        String path = JourneyInput.path(parent, "stages");
        if (!value.isArray()) {
            problems.add(new FieldProblem(path, "must be a list of stages"));
            return null;
        }
        List<JourneyStage> stages = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            stages.add(stage(value.get(i), JourneyInput.index(path, i), type, problems));
        }
        return stages;
    }

    /** A stage, or null when it is not an object (then reported). */
    private static JourneyStage stage(JsonNode node, String path, JourneyMapType type, List<FieldProblem> problems) {
        if (!node.isObject()) {
            problems.add(new FieldProblem(path, "must be an object with id, name and lanes"));
            return null;
        }
        boolean blueprint = type == null || type.isBlueprint();
        for (String name : node.propertyNames()) {
            if (name.equals("id") || name.equals("name")) {
                continue;
            }
            if (!JourneyLanes.allKeys().contains(name)) {
                problems.add(new FieldProblem(JourneyInput.path(path, name), "unknown lane; " + laneList(type)));
            } else if (!blueprint && JourneyLanes.BLUEPRINT_ONLY.contains(name) && JourneyInput.value(node, name) != null) {
                problems.add(new FieldProblem(JourneyInput.path(path, name), JourneyMapRules.blueprintOnly(name, type)));
            }
        }
        String id = JourneyInput.string(node, "id", path, problems);
        String name = JourneyInput.string(node, "name", path, problems);
        Integer emotion = emotion(node, path, problems);
        List<StageTouchpoint> touchpoints = touchpoints(node, path, problems);
        JourneyStage stage = new JourneyStage(id, name, null, null, touchpoints, null, emotion, null, null, null, null,
                blueprint ? List.of() : null, blueprint ? List.of() : null, blueprint ? List.of() : null, blueprint ? List.of() : null);
        for (String lane : JourneyLanes.allKeys()) {
            boolean text = !lane.equals(JourneyLanes.EMOTION) && !lane.equals(JourneyLanes.TOUCHPOINTS);
            if (text && (blueprint || !JourneyLanes.BLUEPRINT_ONLY.contains(lane))) {
                List<String> items = JourneyInput.strings(node, lane, path, problems);
                if (items != null) {
                    stage = stage.withTextLane(lane, items);
                }
            }
        }
        return stage;
    }

    private static Integer emotion(JsonNode node, String path, List<FieldProblem> problems) {
        JsonNode value = JourneyInput.value(node, JourneyLanes.EMOTION);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(new FieldProblem(JourneyInput.path(path, JourneyLanes.EMOTION), JourneyMapRules.EMOTION_RULE));
            return null;
        }
        return value.asInt();
    }

    private static List<StageTouchpoint> touchpoints(JsonNode node, String path, List<FieldProblem> problems) {
        JsonNode value = JourneyInput.value(node, JourneyLanes.TOUCHPOINTS);
        if (value == null) {
            return null;
        }
        String where = JourneyInput.path(path, JourneyLanes.TOUCHPOINTS);
        if (!value.isArray()) {
            problems.add(new FieldProblem(where, "must be a list of touchpoints"));
            return null;
        }
        List<StageTouchpoint> touchpoints = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String at = JourneyInput.index(where, i);
            if (!item.isObject()) {
                problems.add(new FieldProblem(at, "must be an object with channel and type and/or touchpoint"));
                continue;
            }
            JourneyInput.onlyKnown(item, at, TOUCHPOINT_FIELDS, "unknown field; a touchpoint has channel, type, touchpoint, surveyId and label",
                    problems);
            touchpoints.add(new StageTouchpoint(JourneyInput.string(item, "channel", at, problems),
                    JourneyInput.string(item, "type", at, problems), JourneyInput.string(item, "touchpoint", at, problems),
                    JourneyInput.whole(item, "surveyId", at, "must be the id of a survey (a whole number)", problems),
                    JourneyInput.string(item, "label", at, problems)));
        }
        return touchpoints;
    }

    private static String laneList(JourneyMapType type) {
        List<String> lanes = type == null ? List.copyOf(JourneyLanes.allKeys())
                : JourneyLanes.forType(type).stream().map(JourneyLane::key).toList();
        return "a " + (type == null ? "" : type.key() + " ") + "stage has id, name and the lanes " + String.join(", ", lanes);
    }
}
