package org.hamsafar.analytics.jobs;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a successful analysis returns: its result (stored as JSON) and the period of the data it was
 * computed from (either end may be null when the analysis has no period).
 */
public record AnalysisOutcome(JsonNode result, Instant dataFrom, Instant dataTo) {
    public AnalysisOutcome {
        Objects.requireNonNull(result, "result");
    }
}
