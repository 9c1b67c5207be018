package org.hamsafar.feedback;

import java.util.List;

/**
 * A metric over a range with its series: {@code total} covers the whole range, {@code series} has
 * one point per period of the query's interval from the period holding {@code from} to the one
 * holding the last instant before {@code to}, empty periods included.
 */
public record MetricReport(Metric metric, MetricQuery query, MetricValue total, List<MetricPoint> series) {
    public MetricReport {
        series = List.copyOf(series);
    }
}
