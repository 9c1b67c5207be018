package org.hamsafar.analytics.cohorts;

import org.hamsafar.events.AcquisitionCohorts;
import org.springframework.stereotype.Service;

/** Retention matrices by acquisition cohort, counted in the store by {@link AcquisitionCohorts}. */
@Service
class Cohorts {
    private final AcquisitionCohorts cohorts;

    Cohorts(AcquisitionCohorts cohorts) {
        this.cohorts = cohorts;
    }

    CohortMatrix matrix(CohortRequest request) {
        return CohortMatrixAssembler.assemble(request, cohorts.count(request.query()));
    }
}
