package org.hamsafar.analytics.jobs;

import tools.jackson.databind.JsonNode;

/** A customer's score from one model (kind), with the job that computed it. */
public record KindScore(String kind, long jobId, Double score, String label, JsonNode detail) {
}
