package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hamsafar.journeys.personas.JourneyInput;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;

/**
 * Checks the values of a journey map draft and gives its stored form (texts stripped, Arabic yeh
 * and kaf folded to Persian, blueprint lanes present exactly on blueprints). Needs no store: the
 * persona and surveys a map names are checked by {@link MapReferences}.
 */
final class JourneyMapRules {
    static final int MAX_NAME = 200;
    static final int MAX_GOAL = 2000;
    static final int MAX_STAGES = 30;
    static final int MAX_STAGE_NAME = 120;
    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM = 500;
    static final int MAX_LABEL = 200;
    static final int MAX_NOTE = 500;
    static final int MIN_EMOTION = -2;
    static final int MAX_EMOTION = 2;
    static final Pattern STAGE_ID = Pattern.compile("[a-z0-9_]{1,40}");
    static final String STAGE_ID_RULE = "must be 1 to 40 lower-case letters, digits or '_'";
    static final String EMOTION_RULE = "must be a whole number from -2 (very negative) to +2 (very positive), or null";
    private static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private JourneyMapRules() {
    }

    /** The draft's stored form, with every problem of value added to {@code problems} under {@code parent}. */
    static JourneyMapDraft check(JourneyMapDraft draft, String parent, List<FieldProblem> problems) {
        String name = JourneyInput.text(draft.name(), JourneyInput.path(parent, "name"), MAX_NAME, true, problems);
        JourneyMapType type = draft.type();
        if (type == null) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "type"), "is required: one of " + JourneyMapType.keys()));
        }
        if (draft.personaId() != null && draft.personaId() < 1) {
            problems.add(new FieldProblem(JourneyInput.path(parent, "personaId"), "must be the id of a persona"));
        }
        String goal = JourneyInput.text(draft.goal(), JourneyInput.path(parent, "goal"), MAX_GOAL, false, problems);
        String scope = JourneyInput.text(draft.scope(), JourneyInput.path(parent, "scope"), MAX_GOAL, false, problems);
        List<JourneyStage> stages = stages(draft.stages(), JourneyInput.path(parent, "stages"), type, problems);
        return new JourneyMapDraft(name, type, draft.personaId(), goal, scope, stages);
    }

    /** A version note's stored form (optional, at most {@value #MAX_NOTE} characters). */
    static String note(String note, String path, List<FieldProblem> problems) {
        return JourneyInput.text(note, path, MAX_NOTE, false, problems);
    }

    static String blueprintOnly(String lane, JourneyMapType type) {
        return "only service blueprints have " + lane + " lanes; this is a " + type.key() + " map";
    }

    private static List<JourneyStage> stages(List<JourneyStage> stages, String path, JourneyMapType type, List<FieldProblem> problems) {
        if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
            problems.add(new FieldProblem(path, "must have 1 to " + MAX_STAGES + " stages"
                    + (stages == null || stages.isEmpty() ? "" : ", not " + stages.size())));
            return List.of();
        }
        List<JourneyStage> valid = new ArrayList<>(stages.size());
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            String at = JourneyInput.index(path, i);
            JourneyStage stage = stages.get(i);
            if (stage == null) {
                problems.add(new FieldProblem(at, "must be a stage"));
                continue;
            }
            String id = stage.id() == null ? null : stage.id().strip();
            if (id == null || !STAGE_ID.matcher(id).matches()) {
                problems.add(new FieldProblem(at + ".id", id == null || id.isEmpty() ? "is required: " + STAGE_ID_RULE : STAGE_ID_RULE));
            } else {
                Integer first = ids.putIfAbsent(id, i);
                if (first != null) {
                    problems.add(new FieldProblem(at + ".id", JourneyInput.index(path, first) + " and " + at + " have the same id (" + id
                            + "); stage ids must be unique within a map"));
                }
            }
            valid.add(stage(stage, id, at, type, problems));
        }
        return valid;
    }

    private static JourneyStage stage(JourneyStage stage, String id, String at, JourneyMapType type, List<FieldProblem> problems) {
        String name = JourneyInput.text(stage.name(), at + ".name", MAX_STAGE_NAME, true, problems);
        boolean blueprint = type == null || type.isBlueprint();
        JourneyStage valid = new JourneyStage(id, name, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .withBlueprintLanes(blueprint);
        for (String lane : JourneyLanes.allKeys()) {
            if (lane.equals(JourneyLanes.EMOTION) || lane.equals(JourneyLanes.TOUCHPOINTS)) {
                continue;
            }
            List<String> items = stage.textLane(lane);
            if (!blueprint && JourneyLanes.BLUEPRINT_ONLY.contains(lane)) {
                if (!items.isEmpty()) {
                    problems.add(new FieldProblem(at + "." + lane, blueprintOnly(lane, type)));
                }
                continue;
            }
            valid = valid.withTextLane(lane, JourneyInput.texts(items, at + "." + lane, MAX_ITEMS, MAX_ITEM, problems));
        }
        Integer emotion = stage.emotion();
        if (emotion != null && (emotion < MIN_EMOTION || emotion > MAX_EMOTION)) {
            problems.add(new FieldProblem(at + ".emotion", EMOTION_RULE + ", not " + emotion));
            emotion = null;
        }
        return valid.withEmotion(emotion).withTouchpoints(touchpoints(stage.touchpoints(), at + ".touchpoints", problems));
    }

    private static List<StageTouchpoint> touchpoints(List<StageTouchpoint> touchpoints, String path, List<FieldProblem> problems) {
        if (touchpoints.size() > MAX_ITEMS) {
            problems.add(new FieldProblem(path, "must have at most " + MAX_ITEMS + " touchpoints, not " + touchpoints.size()));
            return List.of();
        }
        List<StageTouchpoint> valid = new ArrayList<>(touchpoints.size());
        for (int i = 0; i < touchpoints.size(); i++) {
            String at = JourneyInput.index(path, i);
            StageTouchpoint t = touchpoints.get(i);
            if (t == null) {
                problems.add(new FieldProblem(at, "must be a touchpoint"));
                continue;
            }
            int before = problems.size();
            String channel = t.channel() == null ? null : t.channel().strip();
            if (channel == null || channel.isEmpty()) {
                problems.add(new FieldProblem(at + ".channel", "is required: one of " + channels()));
            } else if (Channel.fromKey(channel).isEmpty()) {
                problems.add(new FieldProblem(at + ".channel", "must be one of " + channels() + ", not " + channel));
            }
            String type = key(t.type(), at + ".type", problems);
            String touchpoint = key(t.touchpoint(), at + ".touchpoint", problems);
            if (type == null && touchpoint == null && problems.size() == before) {
                problems.add(new FieldProblem(at, "needs an event type (type) or a touchpoint key (touchpoint), or both"));
            }
            if (t.surveyId() != null && t.surveyId() < 1) {
                problems.add(new FieldProblem(at + ".surveyId", "must be the id of a survey"));
            }
            String label = JourneyInput.text(t.label(), at + ".label", MAX_LABEL, false, problems);
            valid.add(new StageTouchpoint(channel, type, touchpoint, t.surveyId(), label));
        }
        return valid;
    }

    private static String key(String value, String path, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        if (!Keys.isKey(key)) {
            problems.add(new FieldProblem(path, KEY_RULE));
            return null;
        }
        return key;
    }

    private static String channels() {
        return String.join(", ", java.util.Arrays.stream(Channel.values()).map(Channel::key).toList());
    }
}
