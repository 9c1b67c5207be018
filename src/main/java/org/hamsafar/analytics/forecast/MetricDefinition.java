package org.hamsafar.analytics.forecast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A metric that forecasts and goals measure: its kind and optional filters. {@code eventType}
 * applies to events and revenue (revenue defaults to {@code purchase}); {@code surveyId} to NPS,
 * CSAT, CES and sentiment; {@code touchpoint} and {@code channel} to events, revenue and the scores;
 * {@code segment} (a customer tag: only customers who carry it now) to every kind.
 */
public record MetricDefinition(MetricKind kind, String eventType, Long surveyId, String touchpoint, String channel, String segment) {
    public static final String DEFAULT_REVENUE_TYPE = "purchase";

    public MetricDefinition {
        if (kind == MetricKind.REVENUE && eventType == null) {
            eventType = DEFAULT_REVENUE_TYPE;
        }
    }

    public static MetricDefinition of(MetricKind kind) {
        return new MetricDefinition(kind, null, null, null, null, null);
    }

    /** As JSON shows it: the kind and the filters that are set. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind.key());
        if (eventType != null) {
            map.put("eventType", eventType);
        }
        if (surveyId != null) {
            map.put("surveyId", surveyId);
        }
        if (touchpoint != null) {
            map.put("touchpoint", touchpoint);
        }
        if (channel != null) {
            map.put("channel", channel);
        }
        if (segment != null) {
            map.put("segment", segment);
        }
        return map;
    }
}
