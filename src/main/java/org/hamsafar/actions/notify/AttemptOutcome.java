package org.hamsafar.actions.notify;

/**
 * How one attempt went. {@code status} is the HTTP status a webhook receiver answered (null: no
 * answer, or an e-mail); a {@code finalFailure} is not tried again (the endpoint is disabled or gone).
 */
record AttemptOutcome(boolean delivered, Integer status, String error, boolean finalFailure) {

    static AttemptOutcome success(Integer status) {
        return new AttemptOutcome(true, status, null, false);
    }

    static AttemptOutcome failure(Integer status, String error) {
        return new AttemptOutcome(false, status, error, false);
    }

    static AttemptOutcome givenUp(String error) {
        return new AttemptOutcome(false, null, error, true);
    }
}
