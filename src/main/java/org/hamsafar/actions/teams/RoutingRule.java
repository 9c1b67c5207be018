package org.hamsafar.actions.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One routing rule: the conditions a case must meet (each null one is not asked) and the team it
 * goes to. {@code segment} is a customer tag the customer must carry; {@code topic} a text topic
 * key that must be among the case's topics.
 */
public record RoutingRule(String channel, String touchpoint, String segment, String topic, String team) {

    /** The condition names, in the order the API shows them. */
    static final String[] CONDITIONS = {"channel", "touchpoint", "segment", "topic"};

    public boolean matches(RoutingContext context) {
        return (channel == null || channel.equals(context.channel()))
                && (touchpoint == null || touchpoint.equals(context.touchpoint()))
                && (segment == null || context.customerTags().contains(segment))
                && (topic == null || context.topics().contains(topic));
    }

    /** The conditions that are set, by name. */
    public Map<String, String> when() {
        Map<String, String> when = new LinkedHashMap<>();
        put(when, "channel", channel);
        put(when, "touchpoint", touchpoint);
        put(when, "segment", segment);
        put(when, "topic", topic);
        return when;
    }

    /** Whether this rule matches every case {@code later} matches, so that {@code later} can never win after it. */
    boolean shadows(RoutingRule later) {
        return covers(channel, later.channel) && covers(touchpoint, later.touchpoint)
                && covers(segment, later.segment) && covers(topic, later.topic);
    }

    private static boolean covers(String mine, String theirs) {
        return mine == null || Objects.equals(mine, theirs);
    }

    private static void put(Map<String, String> when, String name, String value) {
        if (value != null) {
            when.put(name, value);
        }
    }
}
