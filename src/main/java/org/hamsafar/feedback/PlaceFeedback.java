package org.hamsafar.feedback;

/**
 * The feedback given at one scope's places (see {@link TouchpointFeedback}): how many responses,
 * and NPS, CSAT and CES with their 95% intervals as the dashboards compute them. {@code npsScoreSum},
 * {@code csatScoreSum} and {@code cesScoreSum} are the sums of the answers each metric counted
 * (their means are the sums over the metric's {@code n}), for measures built on the raw scale.
 */
public record PlaceFeedback(long responses, MetricValue nps, MetricValue csat, MetricValue ces, long npsScoreSum, long csatScoreSum,
                            long cesScoreSum) {

    static PlaceFeedback empty() {
        return new PlaceFeedback(0, MetricValue.of(Metric.NPS, MetricTally.EMPTY), MetricValue.of(Metric.CSAT, MetricTally.EMPTY),
                MetricValue.of(Metric.CES, MetricTally.EMPTY), 0, 0, 0);
    }

    /** The mean answer a metric counted (NPS 0-10, CSAT 1-5, CES 1-7), or null without answers. */
    public Double meanScore(Metric metric) {
        return switch (metric) {
            case NPS -> nps.n() == 0 ? null : (double) npsScoreSum / nps.n();
            case CSAT -> csat.n() == 0 ? null : (double) csatScoreSum / csat.n();
            case CES -> ces.n() == 0 ? null : (double) cesScoreSum / ces.n();
        };
    }
}
