package org.hamsafar.analytics.clv;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.PurchaseHistory;
import org.springframework.stereotype.Component;

/**
 * Fits the CLV models to the platform's purchase events: reads every customer's history in one
 * aggregating query, fits the purchase model (and the spend model when repeat purchases carry
 * values), compares with the holdout period when there is one, and tracks cumulative repeat
 * purchases actual against predicted. With {@code score}, also predicts every customer.
 */
@Component
class ClvFitting {
    /** At most this many points on the tracking chart: longer histories are tracked in multiples of a week. */
    static final int MAX_TRACKING_POINTS = 260;
    private final PurchaseHistory history;

    ClvFitting(PurchaseHistory history) {
        this.history = history;
    }

    /** The fit's JSON result and, when scored, every customer's values. */
    record Outcome(Map<String, Object> result, List<CustomerSummary> customers, List<CustomerValue> values, LocalDate firstPurchase) {
    }

    Outcome fit(ClvParameters p, JobProgress progress, boolean score) {
        long started = System.nanoTime();
        progress.report(0.02, "reading purchase histories");
        PurchaseData data = new PurchaseData(p.calibrationEnd().toEpochDay(), p.timeUnit().days);
        history.forEachCustomer(p.query(), data::add);
        if (data.customers.isEmpty()) {
            throw new AnalysisFailure("No customer has a purchase event of type " + p.purchaseEventType() + " on or before "
                    + p.calibrationEnd() + "; the fit needs at least " + ModelFitter.MIN_CUSTOMERS + " customers, "
                    + ModelFitter.MIN_REPEAT_BUYERS + " of them with a repeat purchase.");
        }
        double readSeconds = seconds(started);
        progress.report(0.25, "fitting " + p.model().key() + " to " + data.customers.size() + " customers");
        long fitStarted = System.nanoTime();
        ModelFit fit = ModelFitter.fit(p.model(), data.customers);
        usable(fit.model());
        progress.report(0.55, "fitting the spend model");
        Map<String, Object> spendJson = new LinkedHashMap<>();
        spendJson.put("model", "gammagamma");
        SpendFit spend = spendFit(data.customers, spendJson);
        double fitSeconds = seconds(fitStarted);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("model", fit.model().name());
        result.put("parameters", rounded(fit.model().parameters()));
        result.put("logLikelihood", round(fit.logLikelihood(), 4));
        result.put("likelihoodEvaluations", fit.evaluations());
        result.put("spendModel", spendJson);
        result.put("data", data(p, data));
        progress.report(0.65, "comparing with what happened");
        result.put("holdout", p.holdoutEnd() == null ? null : ClvCharts.holdout(fit.model(), data, p));
        result.put("tracking", ClvCharts.tracking(fit.model(), data, history.repeatsByDay(p.query()), p));
        List<CustomerValue> values = null;
        if (score) {
            progress.report(0.75, "predicting " + data.customers.size() + " customers");
            values = p.calculator(fit.model(), spend == null ? null : spend.model()).values(data.customers);
            result.put("settings", ClvCharts.object("predictionPeriods", p.predictionPeriods(), "horizonMonths", p.horizonMonths(),
                    "monthlyDiscountRate", p.monthlyDiscountRate(), "margin", p.margin()));
            result.putAll(ClvCharts.customers(values));
        }
        result.put("seconds", ClvCharts.object("read", round(readSeconds, 3), "fit", round(fitSeconds, 3), "total", round(seconds(started), 3)));
        return new Outcome(result, data.customers, values, LocalDate.ofEpochDay(data.firstDay()));
    }

    /** Fails clearly when the fitted model cannot predict (the series of eq. 9 needs a + b &gt; 1). */
    private static void usable(PurchaseModel model) {
        try {
            double e = model.expectedRepeatsSinceFirst(1);
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("not finite");
            }
        } catch (IllegalArgumentException e) {
            throw new AnalysisFailure("The fitted " + model.name() + " model " + model.parameters()
                    + " cannot predict (degenerate parameters); more customers with repeat purchases would help.");
        }
    }

    private static SpendFit spendFit(List<CustomerSummary> customers, Map<String, Object> json) {
        if (customers.stream().noneMatch(CustomerSummary::hasSpend)) {
            json.put("fitted", false);
            json.put("reason", "No repeat purchase carried a positive value; lifetime values need the events' value.");
            return null;
        }
        try {
            SpendFit spend = ModelFitter.fitSpend(customers);
            json.put("fitted", true);
            json.put("parameters", rounded(spend.model().parameters()));
            json.put("logLikelihood", round(spend.logLikelihood(), 4));
            json.put("customers", spend.customers());
            json.put("meanSpend", round(spend.model().meanSpend(), 4));
            return spend;
        } catch (AnalysisFailure e) {
            json.put("fitted", false);
            json.put("reason", e.getMessage());
            return null;
        }
    }

    private static Map<String, Object> data(ClvParameters p, PurchaseData data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("purchaseEventType", p.purchaseEventType());
        m.put("firstPurchase", LocalDate.ofEpochDay(data.firstDay()).toString());
        m.put("calibrationEnd", p.calibrationEnd().toString());
        m.put("holdoutEnd", p.holdoutEnd() == null ? null : p.holdoutEnd().toString());
        m.put("timeUnit", p.timeUnit().key());
        m.put("customers", data.customers.size());
        m.put("repeatBuyers", data.customers.stream().filter(c -> c.frequency() > 0).count());
        m.put("calibrationRepeatPurchases", data.repeatPurchases());
        return m;
    }

    static Map<String, Double> rounded(Map<String, Double> parameters) {
        Map<String, Double> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, round(v, 6)));
        return out;
    }

    /** {@code v} to {@code digits} significant digits after the point, for JSON. */
    static double round(double v, int digits) {
        return CdnowEvaluation.round(v, digits);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
