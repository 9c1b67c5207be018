/**
 * Key-driver analysis: which rated attributes of an experience (delivery, price, support, ...) move
 * an outcome score (NPS, CSAT) most, from the answers of the same survey responses. Relative weights
 * (Johnson 2000) split the model's R² among correlated drivers; standardised regression coefficients
 * with their p-values and a pairwise correlation matrix are reported beside them, and each driver is
 * placed in an importance × performance quadrant.
 */
package org.hamsafar.analytics.drivers;
