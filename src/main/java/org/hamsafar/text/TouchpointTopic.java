package org.hamsafar.text;

/**
 * A topic's negative mentions at one touchpoint (null: texts without one) and their share of all its
 * mentions there (0..1).
 */
public record TouchpointTopic(String touchpoint, String topic, long negative, long mentions, double share) {
}
