package org.hamsafar.analytics.clv;

/**
 * One customer's predictions at the end of calibration: the chance they are still active, the
 * purchases expected in the prediction window, the expected value of each future purchase (null
 * without a spend model) and the discounted lifetime value over the horizon (null without one).
 */
public record CustomerValue(long customerId, double probabilityAlive, double expectedPurchases, Double expectedSpend, Double clv) {
}
