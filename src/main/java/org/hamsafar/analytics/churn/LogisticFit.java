package org.hamsafar.analytics.churn;

/**
 * A fitted L2-regularised logistic regression on standardised inputs z: P(y = 1 | z) = 1 / (1 +
 * exp(-(intercept + weights . z))).
 *
 * @param iterations Newton steps taken
 * @param converged  whether the stopping rule was met (see {@link LogisticRegression})
 * @param objective  the penalised negative log-likelihood at the end
 */
record LogisticFit(double intercept, double[] weights, int iterations, boolean converged, double objective) {

    /** The linear predictor for standardised inputs {@code z}. */
    double eta(double[] z) {
        double eta = intercept;
        for (int j = 0; j < weights.length; j++) {
            eta += weights[j] * z[j];
        }
        return eta;
    }

    static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }
}
