package org.hamsafar.analytics.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** The figures of a CLV result that pages draw: holdout comparison, tracking, P(alive) distribution, top customers. */
final class ClvCharts {
    static final int TOP_CUSTOMERS = 20;
    static final int ALIVE_BINS = 10;

    private ClvCharts() {
    }

    /** Mean predicted and actual holdout purchases by calibration repeat purchases 0..6, 7+ (Fader, Hardie &amp; Lee 2005, fig. 3). */
    static Map<String, Object> holdout(PurchaseModel model, PurchaseData data, ClvParameters p) {
        double length = (p.holdoutEnd().toEpochDay() - p.calibrationEnd().toEpochDay()) / p.timeUnit().days;
        List<HoldoutComparison.ByFrequency> groups = HoldoutComparison.byFrequency(model, data.customers, data.holdout(), length);
        double actual = 0;
        double predicted = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HoldoutComparison.ByFrequency g : groups) {
            actual += g.actual() * g.customers();
            predicted += g.predicted() * g.customers();
            rows.add(object("x", g.frequency(), "customers", g.customers(), "actual", ClvFitting.round(g.actual(), 4),
                    "predicted", ClvFitting.round(g.predicted(), 4)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periods", ClvFitting.round(length, 4));
        m.put("actualRepeatPurchases", actual);
        m.put("predictedRepeatPurchases", ClvFitting.round(predicted, 2));
        m.put("byCalibrationFrequency", rows);
        return m;
    }

    /**
     * Cumulative repeat purchases from the first customer's first purchase to the end of the data,
     * in periods of a week, or of several weeks when that would give more than
     * {@value ClvFitting#MAX_TRACKING_POINTS} points (Fader, Hardie &amp; Lee 2005, fig. 1).
     */
    static Map<String, Object> tracking(PurchaseModel model, PurchaseData data, NavigableMap<Long, Long> repeatsByDay, ClvParameters p) {
        long start = data.firstDay();
        long end = (p.holdoutEnd() == null ? p.calibrationEnd() : p.holdoutEnd()).toEpochDay();
        long weeks = (end - start + 7) / 7;
        int periodDays = 7 * (int) Math.max(1, (weeks + ClvFitting.MAX_TRACKING_POINTS - 1) / ClvFitting.MAX_TRACKING_POINTS);
        List<Map<String, Object>> points = new ArrayList<>();
        for (HoldoutComparison.Tracking t : HoldoutComparison.tracking(model, data.cohorts, repeatsByDay, start, end, periodDays,
                p.timeUnit().days)) {
            points.add(object("period", t.period(), "end", LocalDate.ofEpochDay(t.endDay()).toString(), "actual", t.actual(),
                    "predicted", ClvFitting.round(t.predicted(), 2)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("periodDays", periodDays);
        m.put("calibrationEnd", p.calibrationEnd().toString());
        m.put("points", points);
        return m;
    }

    /** The P(alive) histogram, the totals and the customers of highest value (expected purchases without a spend model). */
    static Map<String, Object> customers(List<CustomerValue> values) {
        long[] bins = new long[ALIVE_BINS];
        double purchases = 0;
        double value = 0;
        double alive = 0;
        boolean valued = !values.isEmpty() && values.get(0).clv() != null;
        for (CustomerValue v : values) {
            bins[Math.min(ALIVE_BINS - 1, (int) (v.probabilityAlive() * ALIVE_BINS))]++;
            purchases += v.expectedPurchases();
            alive += v.probabilityAlive();
            value += valued ? v.clv() : 0;
        }
        List<Map<String, Object>> histogram = new ArrayList<>();
        for (int b = 0; b < ALIVE_BINS; b++) {
            histogram.add(object("from", b / (double) ALIVE_BINS, "to", (b + 1) / (double) ALIVE_BINS, "customers", bins[b]));
        }
        Comparator<CustomerValue> byValue = valued ? Comparator.comparingDouble(CustomerValue::clv)
                : Comparator.comparingDouble(CustomerValue::expectedPurchases);
        List<Map<String, Object>> top = values.stream().sorted(byValue.reversed().thenComparingLong(CustomerValue::customerId))
                .limit(TOP_CUSTOMERS).map(ClvCharts::row).toList();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("customers", values.size());
        totals.put("meanProbabilityAlive", values.isEmpty() ? 0 : ClvFitting.round(alive / values.size(), 4));
        totals.put("expectedPurchases", ClvFitting.round(purchases, 2));
        totals.put("clv", valued ? ClvFitting.round(value, 2) : null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probabilityAlive", histogram);
        m.put("totals", totals);
        m.put("topCustomers", top);
        return m;
    }

    /** A JSON object with its keys in the order given (key, value, key, value, ...). */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> row(CustomerValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customerId", v.customerId());
        m.put("probabilityAlive", ClvFitting.round(v.probabilityAlive(), 4));
        m.put("expectedPurchases", ClvFitting.round(v.expectedPurchases(), 4));
        m.put("expectedSpend", v.expectedSpend() == null ? null : ClvFitting.round(v.expectedSpend(), 2));
        m.put("clv", v.clv() == null ? null : ClvFitting.round(v.clv(), 2));
        return m;
    }
}
