package org.hamsafar.analytics.jobs;

import tools.jackson.databind.JsonNode;

/**
 * One model's latest output for one customer: a number (a probability, a value), a label (a
 * segment, a cluster) or both, and optional detail (e.g. the top contributing factors).
 */
public record CustomerScore(long customerId, Double score, String label, JsonNode detail) {
    public CustomerScore {
        if (label != null && label.length() > 64) {
            throw new IllegalArgumentException("a score label has at most 64 characters: " + label);
        }
    }
}
