package org.hamsafar.analytics.jobs;

/**
 * An analysis that cannot give an honest answer: too little data (say the minimum needed),
 * degenerate data or an optimiser that did not converge. The job fails with this message, which
 * users read, so it says what to change.
 */
public class AnalysisFailure extends RuntimeException {
    public AnalysisFailure(String message) {
        super(message);
    }
}
