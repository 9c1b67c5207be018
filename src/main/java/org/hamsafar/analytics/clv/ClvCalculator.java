package org.hamsafar.analytics.clv;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Per-customer predictions from a fitted purchase model and (optionally) spend model.
 *
 * <p>The lifetime value is the discounted sum over the horizon's months k = 1..H of the purchases
 * expected in month k times the expected spend per purchase times the margin:
 * CLV = margin * E(M) * sum_k [E[Y(k m)] - E[Y((k-1) m)]] / (1 + d)^k, where m is one month
 * (365.25 / 12 days) in the model's time unit, E[Y(t)] the model's conditional expectation for the
 * customer, E(M) the Gamma-Gamma conditional expected spend and d the monthly discount rate; each
 * month's purchases are discounted from its end. The spend model assumes spend independent of how
 * often a customer buys (Fader, Hardie &amp; Lee 2005, "RFM and CLV").
 */
public final class ClvCalculator {
    /** Days per month of the horizon. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    private final PurchaseModel model;
    private final GammaGamma spend;
    private final double unitDays;
    private final double window;
    private final int horizonMonths;
    private final double monthlyDiscountRate;
    private final double margin;

    /**
     * @param spend              the spend model, or null (no spend or value)
     * @param unitDays           days per unit of the model's time
     * @param predictionPeriods  the window of {@link CustomerValue#expectedPurchases()}, in the model's time unit
     * @param horizonMonths      months summed into the lifetime value
     * @param monthlyDiscountRate d, e.g. 0.01 for 1% a month
     * @param margin             the share of spend that is value, in (0, 1]
     */
    public ClvCalculator(PurchaseModel model, GammaGamma spend, double unitDays, double predictionPeriods, int horizonMonths,
                         double monthlyDiscountRate, double margin) {
        this.model = model;
        this.spend = spend;
        this.unitDays = unitDays;
        this.window = predictionPeriods;
        this.horizonMonths = horizonMonths;
        this.monthlyDiscountRate = monthlyDiscountRate;
        this.margin = margin;
    }

    public CustomerValue value(CustomerSummary c) {
        return value(c, paths(c.frequency(), c.age()));
    }

    /**
     * The customer's purchases expected if alive: [0] in the prediction window, [k] by the end of
     * month k of the horizon. Depends on x and T only.
     */
    private double[] paths(int x, double age) {
        double month = DAYS_PER_MONTH / unitDays;
        double[] path = new double[horizonMonths + 1];
        path[0] = model.expectedPurchasesIfAlive(window, x, age);
        for (int k = 1; k <= horizonMonths; k++) {
            path[k] = model.expectedPurchasesIfAlive(k * month, x, age);
        }
        return path;
    }

    private CustomerValue value(CustomerSummary c, double[] path) {
        double alive = model.probabilityAlive(c.frequency(), c.recency(), c.age());
        if (spend == null) {
            return new CustomerValue(c.customerId(), alive, alive * path[0], null, null);
        }
        // sum_k [E[Y(k m)] - E[Y((k-1) m)]] / (1 + d)^k
        double before = 0;
        double total = 0;
        double discount = 1;
        for (int k = 1; k <= horizonMonths; k++) {
            discount /= 1 + monthlyDiscountRate;
            total += (path[k] - before) * discount;
            before = path[k];
        }
        double perPurchase = c.hasSpend() ? spend.expectedSpend(c.spendCount(), c.meanSpend()) : spend.meanSpend();
        return new CustomerValue(c.customerId(), alive, alive * path[0], perPurchase, margin * perPurchase * alive * total);
    }

    /**
     * The values of many customers, in their order, computed in parallel; the expectation paths once
     * per distinct (x, T), which customers measured in whole days share.
     */
    public List<CustomerValue> values(List<CustomerSummary> customers) {
        Map<Shape, double[]> paths = new ConcurrentHashMap<>();
        CustomerValue[] out = new CustomerValue[customers.size()];
        IntStream.range(0, out.length).parallel().forEach(i -> {
            CustomerSummary c = customers.get(i);
            out[i] = value(c, paths.computeIfAbsent(new Shape(c.frequency(), c.age()), s -> paths(s.x(), s.age())));
        });
        return List.of(out);
    }

    private record Shape(int x, double age) {
    }
}
