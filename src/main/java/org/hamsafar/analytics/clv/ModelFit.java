package org.hamsafar.analytics.clv;

/**
 * A purchase model fitted by maximum likelihood: the model, its log-likelihood on the data, how
 * many likelihood evaluations the search took, and the data it was fitted on.
 */
public record ModelFit(PurchaseModel model, double logLikelihood, int evaluations, long customers, long repeatBuyers) {
}
