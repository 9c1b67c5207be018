package org.hamsafar.analytics.clv;

/** The Gamma-Gamma spend model fitted by maximum likelihood on {@code customers} repeat buyers with spend. */
public record SpendFit(GammaGamma model, double logLikelihood, int evaluations, long customers) {
}
