package org.hamsafar.journeys;

import java.time.Instant;
import java.util.List;

/** The answer to a funnel query: one entry per step, with the window and period it was asked for. */
record FunnelReport(List<Step> steps, String window, Instant from, Instant to) {

    /**
     * One step. Conversions are fractions from 0 to 1 (null when the base is 0); {@code dropOff}
     * is how many who reached the previous step did not reach this one (0 for step 0).
     */
    record Step(int index, String type, String channel, String touchpoint, long customers, Double conversionFromPrevious,
                Double conversionFromFirst, long dropOff, Double medianSecondsFromPrevious) {
    }
}
