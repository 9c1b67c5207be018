package org.hamsafar.actions.teams;

import java.util.List;
import java.util.Locale;

/**
 * What is known about a new case when it is routed: the channel and touchpoint of what caused it,
 * the customer's tags and the topics found in the customer's words. Any of them may be null/empty.
 */
public record RoutingContext(String channel, String touchpoint, List<String> customerTags, List<String> topics) {

    public RoutingContext {
        // Routing rules hold keys (lower case); the caller's values are compared in the same form.
        channel = lower(channel);
        touchpoint = lower(touchpoint);
        customerTags = customerTags == null ? List.of() : customerTags.stream().map(RoutingContext::lower).toList();
        topics = topics == null ? List.of() : topics.stream().map(RoutingContext::lower).toList();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
