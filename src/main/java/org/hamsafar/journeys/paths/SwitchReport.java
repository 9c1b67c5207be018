package org.hamsafar.journeys.paths;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a channel-switching query: the figures over all intents ({@code overall}) and per
 * intent. {@code intentSource} is "request" (the intents asked for, in their order) or
 * "touchpoint" (each touchpoint an intent; the {@link ChannelSwitching#TOP_TOUCHPOINT_INTENTS} with
 * most episodes are listed, {@code intentsTotal} counts all that had an episode). {@code segment}
 * echoes the segment asked for (null: every customer).
 */
record SwitchReport(String window, Instant from, Instant to, String segment, String intentSource, Summary overall, List<Summary> intents,
                    int intentsTotal) {

    /**
     * One intent's (or, with {@code intent} null, all intents') figures. Rates are fractions from 0
     * to 1 (null over no episode); times are in seconds (null when nothing switched).
     */
    record Summary(String intent, long episodes, long switched, Double switchingRate, Double medianSecondsToSwitch,
                   List<FromChannel> fromChannels, List<Cell> matrix, List<Cell> topPairs) {
    }

    /** The episodes that started on one channel. */
    record FromChannel(String channel, long episodes, long switched, Double switchingRate, Double medianSecondsToSwitch) {
    }

    /**
     * Episodes that started on {@code from} and switched first to {@code to}: their count, their
     * share of the episodes that started on {@code from}, their share of all switches, and the
     * median time to switch.
     */
    record Cell(String from, String to, long switches, Double shareOfFrom, Double shareOfSwitches, Double medianSecondsToSwitch) {
    }
}
