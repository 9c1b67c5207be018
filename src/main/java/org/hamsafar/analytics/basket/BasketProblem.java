package org.hamsafar.analytics.basket;

import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.shared.InvalidInputException;

/**
 * The data cannot give rules with these parameters, and one field is the one to change: no baskets
 * in the period, too many distinct items, or too many frequent itemsets at this support. A job
 * fails with the message; the rules endpoint answers 422 naming {@code field}.
 */
class BasketProblem extends AnalysisFailure {
    private final String field;

    BasketProblem(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The same problem as a 422 naming the field. */
    InvalidInputException asInvalidInput() {
        return InvalidInputException.of(field, getMessage());
    }
}
