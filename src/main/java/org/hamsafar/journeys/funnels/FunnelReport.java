package org.hamsafar.journeys.funnels;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer to a funnel query: one entry per step, with the window and period it was asked for,
 * and, when a breakdown was asked for, the same steps per group ({@code breakdown}, largest groups
 * first, at most {@value org.hamsafar.events.InteractionFunnels#MAX_GROUPS} plus "(other)").
 */
public record FunnelReport(List<Step> steps, String window, Instant from, Instant to, FunnelBreakdown breakdownBy,
                    List<Group> breakdown) {
    /** Label of the group of customers without a value (no listed segment, attribute not set). */
    static final String NONE = "(none)";
    /** Label of the group of every customer beyond the largest groups. */
    static final String OTHER = "(other)";

    /**
     * One step. Conversions are fractions from 0 to 1 (null when the base is 0); the base of
     * {@code conversionFromPrevious} is the last required step before this one. {@code dropOff}
     * is how many who reached that step did not reach this required one; for an optional step it
     * is 0 and {@code skipped} counts them instead. {@code medianSecondsFromPrevious} is the median
     * time from the last step each customer reached before this one (null for step 0 or nobody).
     */
    public record Step(int index, String type, String channel, String touchpoint, Map<String, Object> properties, boolean optional,
                long customers, Double conversionFromPrevious, Double conversionFromFirst, long dropOff, long skipped,
                Double medianSecondsFromPrevious) {
    }

    /**
     * One group: {@code value} is the channel, segment or attribute value, or {@value #NONE} /
     * {@value #OTHER}; {@code kind} says which ("value", "none", "other").
     */
    public record Group(String value, String kind, List<Step> steps) {
    }
}
