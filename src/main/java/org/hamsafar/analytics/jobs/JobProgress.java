package org.hamsafar.analytics.jobs;

/** How a running analysis tells how far it is; cheap to call often (writes are throttled). */
public interface JobProgress {
    /** {@code fraction} in 0..1 of the work done; {@code stage} says what is being done now. */
    void report(double fraction, String stage);

    /** The id of the job being run (for {@link CustomerScores#replace}); 0 when run outside a job. */
    default long jobId() {
        return 0;
    }

    /** A progress that records nothing, for analyses run outside a job (tests, command line). */
    JobProgress NONE = (fraction, stage) -> {
    };
}
