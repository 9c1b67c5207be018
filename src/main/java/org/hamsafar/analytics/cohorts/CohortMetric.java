package org.hamsafar.analytics.cohorts;

/** What a cohort cell's {@code value} is: the share of the cohort active (0..1), or revenue per acquired customer. */
enum CohortMetric {
    RETENTION, REVENUE
}
