package org.hamsafar.feedback;

/**
 * A metric for one value of a dimension over a range.
 *
 * @param key   the touchpoint or channel; null for answers without a touchpoint
 * @param value the metric over those answers
 */
public record MetricBreakdown(String key, MetricValue value) {
}
