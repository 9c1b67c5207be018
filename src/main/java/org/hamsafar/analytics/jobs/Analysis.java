package org.hamsafar.analytics.jobs;

import tools.jackson.databind.JsonNode;

/**
 * One kind of heavy analysis (a CLV fit, a churn training, a clustering): a Spring bean that
 * {@link AnalyticsJobs} runs as a job, one job at a time, storing its result with the model version
 * and data window.
 */
public interface Analysis {

    /** The job kind, a key such as {@code clv}; unique among analyses. */
    String kind();

    /** The version of the model or method, stored with each result (e.g. {@code bgnbd-1}). */
    String modelVersion();

    /**
     * Checks the parameters before a job is queued and returns them with defaults filled in (an
     * object). Throws {@link org.hamsafar.shared.InvalidInputException} naming each bad field as
     * {@code parameters.<name>}.
     */
    JsonNode check(JsonNode parameters);

    /**
     * Does the work on the job's thread. Reports progress as it goes; throws {@link AnalysisFailure}
     * when the data cannot give an honest answer (too little data, degenerate data, no convergence).
     */
    AnalysisOutcome run(JsonNode parameters, JobProgress progress);
}
