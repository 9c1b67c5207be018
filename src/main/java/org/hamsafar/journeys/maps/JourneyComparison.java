package org.hamsafar.journeys.maps;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * Two maps (or two versions) side by side, typically a current state on the left and a future state
 * on the right: their stages aligned, what changed in each aligned pair, and totals. "Added" means
 * on the right and not on the left, "removed" the opposite; texts are compared regardless of case,
 * Arabic or Persian yeh and kaf, and spacing ({@link org.hamsafar.journeys.personas.PersianLetters#key}).
 */
public record JourneyComparison(Side left, Side right, List<StageDiff> stages, Totals totals) {

    /** Which map and version a side shows. */
    public record Side(long id, String name, JourneyMapType type, int version) {
    }

    /** How a row was formed: a left and a right stage with the same id, or else the same name; or a stage on one side only. */
    public enum Alignment {
        ID, NAME, LEFT_ONLY, RIGHT_ONLY;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One row: the stages compared (one of them null for a one-sided row), whether the name changed,
     * the text lanes that differ (for a one-sided row: all its items as removed or added), the
     * emotion on both sides, and the touchpoints added and removed (matched by channel, type and
     * touchpoint). {@code changed}: anything differs (always true for a one-sided row).
     */
    public record StageDiff(Alignment alignment, String leftStageId, String rightStageId, String leftName, String rightName,
                            boolean renamed, boolean changed, List<LaneDiff> lanes, EmotionChange emotion,
                            List<StageTouchpoint> touchpointsAdded, List<StageTouchpoint> touchpointsRemoved) {
    }

    /** A text lane that differs: its items only on the right ({@code added}) and only on the left ({@code removed}). */
    public record LaneDiff(String lane, List<String> added, List<String> removed) {
    }

    /** The designed emotion on each side (-2..+2 or null) and {@code delta} = right - left (null unless both are set). */
    public record EmotionChange(Integer left, Integer right, Integer delta) {
    }

    /**
     * Totals over the whole maps. {@code painPointsResolved}: distinct pain points of the left map
     * found in no stage of the right map (listed in {@code resolvedPainPoints}); {@code painPointsAdded}
     * and {@code opportunitiesAdded}: distinct ones of the right map found nowhere on the left.
     * Average emotions are over the stages that have one (null when none has); {@code averageEmotionDelta}
     * = right - left. Over aligned pairs with an emotion on both sides: {@code emotionDeltaSum} (null
     * when there is none), and how many stages feel better or worse.
     */
    public record Totals(int alignedStages, int changedStages, int leftOnlyStages, int rightOnlyStages, int painPointsResolved,
                         int painPointsAdded, int opportunitiesAdded, Double leftAverageEmotion, Double rightAverageEmotion,
                         Double averageEmotionDelta, Integer emotionDeltaSum, int stagesFeelingBetter, int stagesFeelingWorse,
                         List<String> resolvedPainPoints, List<String> newPainPoints, List<String> newOpportunities) {
    }
}
