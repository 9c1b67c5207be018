package org.hamsafar.analytics.jobs;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One run of an analysis. {@code result} is the stored JSON (null until it succeeds); {@code error}
 * says why it failed.
 */
public record AnalyticsJob(long id, String kind, JobState state, double progress, String stage, JsonNode parameters,
                           JsonNode result, String error, String modelVersion, Instant dataFrom, Instant dataTo,
                           String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt) {

    /** The same job without its result, for lists. */
    public AnalyticsJob withoutResult() {
        return new AnalyticsJob(id, kind, state, progress, stage, parameters, null, error, modelVersion, dataFrom, dataTo,
                requestedBy, requestedAt, startedAt, finishedAt);
    }
}
