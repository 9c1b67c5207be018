package org.hamsafar.analytics.cohorts;

import java.time.Instant;
import java.util.List;
import org.hamsafar.events.AcquisitionCohorts.CohortQuery;
import org.hamsafar.events.AcquisitionCohorts.Period;

/**
 * A retention matrix asked for: customers are acquired by their first event of
 * {@code acquisitionTypes} in {@code [from, to)}, active in a period when they have an event of
 * {@code activityTypes} in it, observed up to {@code until}; {@code metric} says what each cell's
 * {@code value} shows (the share of the cohort active, or the revenue per acquired customer).
 */
record CohortRequest(List<String> acquisitionTypes, List<String> activityTypes, Period period, Instant from, Instant to,
                     Instant until, CohortMetric metric, String segment) {

    CohortQuery query() {
        return new CohortQuery(acquisitionTypes, activityTypes, period, from, to, until, segment);
    }
}
