package org.hamsafar.journeys.maps;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.InvalidInputException;

/**
 * The editor's fine-grained changes, each giving the whole map changed (checked afterwards by the
 * same rules as a full save). A stage or lane that is not there is a 422 on {@code stageId},
 * {@code afterStageId}, {@code lane} or {@code toIndex}.
 */
final class StageEdits {
    private StageEdits() {
    }

    static JourneyMapDraft setTextLane(JourneyMapDraft map, String stageId, String lane, List<String> items) {
        JourneyLane found = JourneyLanes.lane(map.type(), lane).orElseThrow(() -> InvalidInputException.of("lane",
                "a " + map.type().key() + " map has no lane " + lane + "; it has " + String.join(", ",
                        JourneyLanes.forType(map.type()).stream().map(JourneyLane::key).toList())));
        if (found.kind() != LaneKind.TEXT_LIST) {
            throw InvalidInputException.of("lane", lane + " is not a list of texts; change it with its own verb");
        }
        int index = indexOf(map, stageId, "stageId");
        return replace(map, index, map.stages().get(index).withTextLane(lane, items == null ? List.of() : items));
    }

    static JourneyMapDraft setEmotion(JourneyMapDraft map, String stageId, Integer emotion) {
        int index = indexOf(map, stageId, "stageId");
        return replace(map, index, map.stages().get(index).withEmotion(emotion));
    }

    static JourneyMapDraft setTouchpoints(JourneyMapDraft map, String stageId, List<StageTouchpoint> touchpoints) {
        int index = indexOf(map, stageId, "stageId");
        return replace(map, index, map.stages().get(index).withTouchpoints(touchpoints == null ? List.of() : touchpoints));
    }

    /**
     * Adds an empty stage after {@code afterStageId} (first when null) with id {@code newStageId}
     * ({@code stage_<n>}, the first free n from the map's size + 1, when null).
     */
    static JourneyMapDraft addStage(JourneyMapDraft map, String afterStageId, String newStageId, String name) {
        int at = afterStageId == null ? 0 : indexOf(map, afterStageId, "afterStageId") + 1;
        String id = newStageId;
        if (id == null || id.isBlank()) {
            int n = map.stages().size() + 1;
            while (map.indexOf("stage_" + n) >= 0) {
                n++;
            }
            id = "stage_" + n;
        }
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.add(at, JourneyStage.empty(id.strip(), name, map.type().isBlueprint()));
        return map.withStages(stages);
    }

    static JourneyMapDraft moveStage(JourneyMapDraft map, String stageId, int toIndex) {
        int from = indexOf(map, stageId, "stageId");
        if (toIndex < 0 || toIndex >= map.stages().size()) {
            throw InvalidInputException.of("toIndex", "must be from 0 to " + (map.stages().size() - 1));
        }
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.add(toIndex, stages.remove(from));
        return map.withStages(stages);
    }

    static JourneyMapDraft moveStage(JourneyMapDraft map, String stageId, StageMove move) {
        int from = indexOf(map, stageId, "stageId");
        int to = move == StageMove.UP ? from - 1 : from + 1;
        if (to < 0 || to >= map.stages().size()) {
            throw InvalidInputException.of("stageId", "stage " + stageId + " is already the " + (to < 0 ? "first" : "last"));
        }
        return moveStage(map, stageId, to);
    }

    static JourneyMapDraft renameStage(JourneyMapDraft map, String stageId, String name) {
        int index = indexOf(map, stageId, "stageId");
        return replace(map, index, map.stages().get(index).withName(name));
    }

    static JourneyMapDraft deleteStage(JourneyMapDraft map, String stageId) {
        int index = indexOf(map, stageId, "stageId");
        if (map.stages().size() == 1) {
            throw InvalidInputException.of("stageId", "a map keeps at least one stage");
        }
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.remove(index);
        return map.withStages(stages);
    }

    private static int indexOf(JourneyMapDraft map, String stageId, String field) {
        int index = stageId == null ? -1 : map.indexOf(stageId);
        if (index < 0) {
            throw InvalidInputException.of(field, "no stage " + stageId + " in this map");
        }
        return index;
    }

    private static JourneyMapDraft replace(JourneyMapDraft map, int index, JourneyStage stage) {
        List<JourneyStage> stages = new ArrayList<>(map.stages());
        stages.set(index, stage);
        return map.withStages(stages);
    }
}
