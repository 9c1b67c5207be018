package org.hamsafar.analytics.forecast;

/**
 * The series cannot give an honest forecast; the message says why and what is needed, for the
 * person who asked.
 */
final class ForecastFailure extends RuntimeException {
    enum Reason {
        /** fewer periods than the model's minimum */
        TOO_SHORT,
        /** too many periods without data */
        TOO_FEW_OBSERVED,
        /** the data do not suit the model (zero or negative values for a multiplicative one) */
        UNSUITABLE,
        /** no weights give a valid run */
        NO_FIT
    }

    private final Reason reason;

    ForecastFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
