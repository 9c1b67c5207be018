package org.hamsafar.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.segments.SegmentProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues the demo company's analyses once its data is loaded, so that the analytics pages show
 * results a minute after the first start: segments and models first (later ones read their scores),
 * each with the parameters that suit the demo's data. They run in the background, one at a time,
 * through the same job runner as any other job.
 */
@Service
class DemoAnalytics {
    private static final Logger log = LoggerFactory.getLogger(DemoAnalytics.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Kind and parameters (JSON), in the order they should run. */
    private static final List<Map.Entry<String, String>> JOBS = List.of(
            // demo-analytics-jobs: Map.entry(kind, parameters as JSON), in run order
            Map.entry("rfm", "{}"),
            Map.entry("clv", "{}"),
            Map.entry("churn", "{}"),
            Map.entry("clusters", "{}"),
            Map.entry("basket", "{}"),
            Map.entry("segments", "{}"),
            Map.entry("scorecard", "{}"),
            Map.entry("goals", "{}"));
    /**
     * Segments over the models' outputs, attributes and behaviour, refreshed by the `segments` job
     * above after the models it reads: customers worth saving, unhappy Tehran customers, frequent buyers.
     */
    private static final List<String> SEGMENTS = List.of("""
            {"key": "at_risk_valuable", "nameFa": "ارزشمندان در خطر", "nameEn": "Valuable customers at risk", "match": "any",
             "conditions": [{"type": "score", "kind": "rfm", "label": "at_risk"}, {"type": "score", "kind": "rfm", "label": "cant_lose"}]}""", """
            {"key": "tehran_detractors", "nameFa": "منتقدان تهرانی", "nameEn": "Tehran detractors", "match": "all",
             "conditions": [{"type": "attribute", "attribute": "city", "values": ["تهران"]}, {"type": "nps", "operator": "<=", "value": 6}]}""", """
            {"key": "frequent_buyers", "nameFa": "خریداران پرتکرار", "nameEn": "Frequent buyers", "match": "all",
             "conditions": [{"type": "events", "eventType": "purchase", "withinDays": 180, "atLeast": 3}]}""");
    private final AnalyticsJobs jobs;
    private final SegmentProvisioning segments;

    DemoAnalytics(AnalyticsJobs jobs, SegmentProvisioning segments) {
        this.jobs = jobs;
        this.segments = segments;
    }

    /** Defines the demo's segments that do not exist yet; returns their keys. */
    List<String> defineSegments() {
        List<String> defined = new ArrayList<>();
        for (String body : SEGMENTS) {
            JsonNode segment = JSON.readTree(body);
            if (segments.defineIfAbsent(segment)) {
                defined.add(segment.get("key").asString());
            }
        }
        return defined;
    }

    /** Queues each demo analysis that this build has; returns the kinds queued. */
    List<String> queue() {
        List<String> defined = defineSegments();
        if (!defined.isEmpty()) {
            log.info("Defined the demo company's segments: {}", defined);
        }
        List<String> queued = new ArrayList<>();
        for (Map.Entry<String, String> job : JOBS) {
            if (!jobs.kinds().contains(job.getKey())) {
                continue;
            }
            JsonNode parameters = JSON.readTree(job.getValue());
            jobs.submit(job.getKey(), parameters, "demo");
            queued.add(job.getKey());
        }
        if (!queued.isEmpty()) {
            log.info("Queued the demo company's analyses: {} (they run in the background; see /analytics)", queued);
        }
        return queued;
    }
}
