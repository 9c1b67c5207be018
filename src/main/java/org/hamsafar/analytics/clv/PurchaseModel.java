package org.hamsafar.analytics.clv;

import java.util.Map;

/**
 * A "buy till you die" model of repeat purchases (BG/NBD or Pareto/NBD) with its parameters: the
 * likelihood it gives customers' (x, t_x, T) and its per-customer predictions. Times are in the
 * unit the parameters were fitted in.
 */
public sealed interface PurchaseModel permits BgNbd, ParetoNbd {

    /** The model's key: {@code bgnbd} or {@code paretonbd}. */
    String name();

    /** The parameters by their names in the papers, in the papers' order. */
    Map<String, Double> parameters();

    /** ln L(parameters | x, t_x, T) of one customer. */
    double logLikelihood(int x, double tx, double age);

    /** The sum of {@link #logLikelihood(int, double, double)} over every customer of the table. */
    double logLikelihood(SummaryTable table);

    /** The probability that a customer with this history is still active at the end of calibration. */
    double probabilityAlive(int x, double tx, double age);

    /** E[Y(t) | x, t_x, T]: the purchases expected in the next {@code t} after calibration. */
    default double expectedPurchases(double t, int x, double tx, double age) {
        return expectedPurchasesIfAlive(t, x, age) * probabilityAlive(x, tx, age);
    }

    /**
     * E[Y(t) | x, t_x, T] / P(alive | x, t_x, T): in both models the expectation factors into this
     * part, which does not depend on t_x, and P(alive). Customers sharing x and T share it.
     */
    double expectedPurchasesIfAlive(double t, int x, double age);

    /** E[X(t)]: the repeat purchases expected in the first {@code t} after a customer's first purchase. */
    double expectedRepeatsSinceFirst(double t);
}
