package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.maps.JourneyLane;
import org.hamsafar.journeys.maps.JourneyLanes;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.LaneKind;

/**
 * What the editor's and the printable view's grid shows: the map's stages as columns and its
 * type's lanes as rows ({@link JourneyLanes#forType}), grouped so that the emotion lane and its
 * curve form one row group that can be replaced on its own, with a blueprint's lines drawn after
 * the lanes that carry them. {@code editable}: the reader may edit and this is the latest version.
 * {@code surveys}: names of the surveys the touchpoints ask, by id.
 */
record MapGrid(JourneyMap map, List<LaneGroup> groups, EmotionCurve curve, boolean editable, Map<Long, String> surveys) {

    /** One lane: its key, kind, section, and the blueprint line drawn below it (a key, or null). */
    record LaneRow(String key, String kind, String section, String lineAfter, boolean sectionStart) {
        public boolean isText() {
            return LaneKind.TEXT_LIST.key().equals(kind);
        }

        public boolean isEmotion() {
            return LaneKind.EMOTION.key().equals(kind);
        }

        public boolean isTouchpoints() {
            return LaneKind.TOUCHPOINTS.key().equals(kind);
        }
    }

    /** Lanes shown together as one row group ({@code <tbody>}); {@code emotion}: the emotion lane with its curve. */
    record LaneGroup(String id, List<LaneRow> lanes, boolean emotion) {
    }

    static MapGrid of(JourneyMap map, boolean editable, boolean rightToLeft, Map<Long, String> surveys) {
        List<LaneGroup> groups = new ArrayList<>();
        List<LaneRow> current = new ArrayList<>();
        String section = null;
        for (JourneyLane lane : JourneyLanes.forType(map.type())) {
            LaneRow row = new LaneRow(lane.key(), lane.kind().key(), lane.section().key(),
                    lane.lineAfter() == null ? null : lane.lineAfter().key(), !lane.section().key().equals(section));
            section = lane.section().key();
            if (lane.kind() == LaneKind.EMOTION) {
                if (!current.isEmpty()) {
                    groups.add(new LaneGroup("lanes-" + groups.size(), List.copyOf(current), false));
                    current.clear();
                }
                groups.add(new LaneGroup("emotionLanes", List.of(row), true));
            } else {
                current.add(row);
            }
        }
        if (!current.isEmpty()) {
            groups.add(new LaneGroup("lanes-" + groups.size(), List.copyOf(current), false));
        }
        return new MapGrid(map, groups, EmotionCurve.of(map.stages(), rightToLeft), editable, surveys);
    }

    public List<JourneyStage> stages() {
        return map.stages();
    }

    /** Columns of the grid: the lane names and one per stage. */
    public int columns() {
        return map.stages().size() + 1;
    }

    public boolean blueprint() {
        return map.type().isBlueprint();
    }

    /** The lane {@code key} of this map's type, if it has one. */
    public java.util.Optional<LaneRow> lane(String key) {
        return groups.stream().flatMap(g -> g.lanes().stream()).filter(l -> l.key().equals(key)).findFirst();
    }

    /** The group that holds the emotion lane. */
    public LaneGroup emotionGroup() {
        return groups.stream().filter(LaneGroup::emotion).findFirst().orElseThrow();
    }

    public String surveyName(Long id) {
        return id == null ? null : surveys.get(id);
    }
}
