package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.journeys.maps.JourneyComparison;
import org.hamsafar.journeys.maps.JourneyLanes;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.journeys.maps.StageTouchpoint;
import org.hamsafar.journeys.personas.PersianLetters;

/**
 * The comparison page's rows: each aligned pair of stages (or a stage on one side only) with every
 * lane's items on both sides, those only on the left marked removed and those only on the right
 * marked added (as {@link JourneyComparison} found them), and the emotion on both sides.
 */
record ComparisonView(JourneyMap left, JourneyMap right, JourneyComparison comparison, List<Row> rows) {

    /** An item of a lane on one side; {@code changed}: removed (left) or added (right). */
    record Item(String text, boolean changed) {
    }

    /** A touchpoint on one side; {@code changed}: removed (left) or added (right). */
    record Touch(StageTouchpoint touchpoint, boolean changed) {
    }

    /** A lane of a row with the items on both sides. */
    record LaneItems(String lane, List<Item> left, List<Item> right) {
        public boolean changed() {
            return left.stream().anyMatch(Item::changed) || right.stream().anyMatch(Item::changed);
        }
    }

    /** One row: the stages (either may be null), how they were aligned, their lanes, touchpoints and emotions. */
    record Row(JourneyComparison.StageDiff diff, JourneyStage leftStage, JourneyStage rightStage, List<LaneItems> lanes,
               List<Touch> leftTouchpoints, List<Touch> rightTouchpoints) {
        public String alignment() {
            return diff.alignment().key();
        }
    }

    static ComparisonView of(JourneyMap left, JourneyMap right, JourneyComparison comparison) {
        List<String> lanes = lanes(left.type(), right.type());
        List<Row> rows = new ArrayList<>();
        for (JourneyComparison.StageDiff diff : comparison.stages()) {
            JourneyStage l = diff.leftStageId() == null ? null : left.stage(diff.leftStageId()).orElse(null);
            JourneyStage r = diff.rightStageId() == null ? null : right.stage(diff.rightStageId()).orElse(null);
            List<LaneItems> laneItems = new ArrayList<>();
            for (String lane : lanes) {
                JourneyComparison.LaneDiff laneDiff = diff.lanes().stream().filter(d -> d.lane().equals(lane)).findFirst().orElse(null);
                List<Item> leftItems = items(l, lane, laneDiff == null ? List.of() : laneDiff.removed());
                List<Item> rightItems = items(r, lane, laneDiff == null ? List.of() : laneDiff.added());
                if (!leftItems.isEmpty() || !rightItems.isEmpty()) {
                    laneItems.add(new LaneItems(lane, leftItems, rightItems));
                }
            }
            rows.add(new Row(diff, l, r, laneItems, touches(l, diff.touchpointsRemoved()), touches(r, diff.touchpointsAdded())));
        }
        return new ComparisonView(left, right, comparison, rows);
    }

    /** The text lanes either type has, in a blueprint's order (which has every lane). */
    private static List<String> lanes(JourneyMapType left, JourneyMapType right) {
        Set<String> either = new HashSet<>(JourneyLanes.textLanes(left));
        either.addAll(JourneyLanes.textLanes(right));
        return JourneyLanes.textLanes(JourneyMapType.SERVICE_BLUEPRINT).stream().filter(either::contains).toList();
    }

    private static List<Item> items(JourneyStage stage, String lane, List<String> changed) {
        if (stage == null) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        changed.forEach(c -> keys.add(PersianLetters.key(c)));
        return stage.textLane(lane).stream().map(item -> new Item(item, keys.contains(PersianLetters.key(item)))).toList();
    }

    private static List<Touch> touches(JourneyStage stage, List<StageTouchpoint> changed) {
        if (stage == null) {
            return List.of();
        }
        return stage.touchpoints().stream().map(t -> new Touch(t, changed.contains(t))).toList();
    }
}
