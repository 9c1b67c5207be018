package org.hamsafar.journeys.funnels;

import java.util.List;

/**
 * How a funnel's entrants are grouped: {@code by} is "channel" (the channel of the entry event),
 * "segment" (the customer's tags among {@code segments}) or "attribute" (the customer's current
 * value of the attribute {@code key}). Unused parts are null.
 */
public record FunnelBreakdown(String by, List<String> segments, String key) {
    public static final String CHANNEL = "channel";
    public static final String SEGMENT = "segment";
    public static final String ATTRIBUTE = "attribute";
    /** Most segments one breakdown may name (each is a group, so no group is ever merged into "other"). */
    public static final int MAX_SEGMENTS = 10;

    public FunnelBreakdown {
        segments = segments == null ? null : List.copyOf(segments);
    }

    public static FunnelBreakdown byChannel() {
        return new FunnelBreakdown(CHANNEL, null, null);
    }
}
