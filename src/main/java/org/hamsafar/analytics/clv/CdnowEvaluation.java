package org.hamsafar.analytics.clv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CLV models on the CDNOW sample against the published figures (Fader, Hardie &amp; Lee 2005 for
 * BG/NBD and Gamma-Gamma, Fader &amp; Hardie 2005 for Pareto/NBD): the summary computed here from the
 * raw transactions checked against the published summary, the maximum-likelihood estimates and
 * their log-likelihoods with relative differences, and the holdout comparison (calibration to
 * 1997-09-30, holdout to 1998-06-30, 39 weeks each). Run by {@code analytics-eval --dataset cdnow}.
 */
public final class CdnowEvaluation {
    static final LocalDate START = LocalDate.of(1997, 1, 1);
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);
    static final Map<String, Double> BGNBD = Map.of("r", 0.243, "alpha", 4.414, "a", 0.793, "b", 2.426);
    static final double BGNBD_LL = -9582.4;
    static final Map<String, Double> PARETONBD = Map.of("r", 0.553, "alpha", 10.578, "s", 0.606, "beta", 11.669);
    static final double PARETONBD_LL = -9595.0;
    static final Map<String, Double> GAMMAGAMMA = Map.of("p", 6.25, "q", 3.74, "gamma", 15.44);

    private CdnowEvaluation() {
    }

    public static Map<String, Object> run(Path folder) throws IOException {
        CdnowSample sample = CdnowSample.read(folder.resolve("CDNOW_sample.txt"), CALIBRATION_END, HOLDOUT_END);
        List<CustomerSummary> customers = sample.customers();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("data", ClvCharts.object("calibration", START + ".." + CALIBRATION_END, "holdout", CALIBRATION_END.plusDays(1) + ".." + HOLDOUT_END,
                "timeUnit", "week", "transactionsOnOneDay", "one purchase"));
        out.put("summary", SummaryCheck.against(customers, folder.resolve("cdnow_customers_summary_with_transactions.csv")));
        double holdoutWeeks = (HOLDOUT_END.toEpochDay() - CALIBRATION_END.toEpochDay()) / CdnowSample.DAYS_PER_WEEK;
        Map<String, Object> holdout = new LinkedHashMap<>();
        for (ModelKind kind : ModelKind.values()) {
            long started = System.nanoTime();
            ModelFit fit = ModelFitter.fit(kind, customers);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Double> published = kind == ModelKind.BGNBD ? BGNBD : PARETONBD;
            double publishedLl = kind == ModelKind.BGNBD ? BGNBD_LL : PARETONBD_LL;
            PurchaseModel atPublished = kind.fromLog(kind.parameterNames().stream().mapToDouble(n -> Math.log(published.get(n))).toArray());
            Map<String, Object> m = estimates(fit.model().parameters(), published);
            m.put("logLikelihood", round(fit.logLikelihood(), 3));
            m.put("publishedLogLikelihood", publishedLl);
            m.put("logLikelihoodRelativeDifference", round((fit.logLikelihood() - publishedLl) / Math.abs(publishedLl), 6));
            m.put("logLikelihoodAtPublishedParameters", round(atPublished.logLikelihood(SummaryTable.of(customers)), 3));
            m.put("likelihoodEvaluations", fit.evaluations());
            m.put("fitSeconds", round(seconds, 3));
            out.put(kind.key(), m);
            holdout.put(kind.key(), holdout(fit.model(), sample, holdoutWeeks));
        }
        SpendFit spend = ModelFitter.fitSpend(customers);
        Map<String, Object> g = estimates(spend.model().parameters(), GAMMAGAMMA);
        g.put("logLikelihood", round(spend.logLikelihood(), 3));
        g.put("customers", spend.customers());
        g.put("populationMeanSpend", round(spend.model().meanSpend(), 4));
        out.put("gammagamma", g);
        out.put("holdout", holdout);
        return out;
    }

    private static Map<String, Object> estimates(Map<String, Double> fitted, Map<String, Double> published) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Map<String, Object> relative = new LinkedHashMap<>();
        Map<String, Object> publishedInOrder = new LinkedHashMap<>();
        fitted.forEach((name, value) -> {
            parameters.put(name, round(value, 5));
            publishedInOrder.put(name, published.get(name));
            relative.put(name, round((value - published.get(name)) / published.get(name), 5));
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameters", parameters);
        m.put("published", publishedInOrder);
        m.put("relativeDifference", relative);
        return m;
    }

    private static Map<String, Object> holdout(PurchaseModel model, CdnowSample sample, double holdoutWeeks) {
        List<HoldoutComparison.ByFrequency> groups = HoldoutComparison.byFrequency(model, sample.customers(), sample.holdout(), holdoutWeeks);
        double actual = 0;
        double predicted = 0;
        for (HoldoutComparison.ByFrequency g : groups) {
            actual += g.actual() * g.customers();
            predicted += g.predicted() * g.customers();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holdoutWeeks", holdoutWeeks);
        m.put("holdoutRepeatPurchases", ClvCharts.object("actual", round(actual, 1), "predicted", round(predicted, 1)));
        m.put("byCalibrationFrequency", groups.stream().map(g -> ClvCharts.object("x", g.frequency(), "customers", g.customers(),
                "actual", round(g.actual(), 4), "predicted", round(g.predicted(), 4))).toList());
        m.put("weeklyCumulative", HoldoutComparison.tracking(model, sample.cohorts(), sample.repeatsByDay(), START.toEpochDay(),
                        HOLDOUT_END.toEpochDay(), 7, CdnowSample.DAYS_PER_WEEK).stream()
                .map(p -> ClvCharts.object("week", p.period(), "actual", p.actual(), "predicted", round(p.predicted(), 2))).toList());
        return m;
    }

    static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }

    /** The summary computed from the transactions against the published one (rounded to 2 decimals). */
    static final class SummaryCheck {
        private SummaryCheck() {
        }

        static Map<String, Object> against(List<CustomerSummary> customers, Path published) throws IOException {
            Map<Long, CustomerSummary> byId = new LinkedHashMap<>();
            customers.forEach(c -> byId.put(c.customerId(), c));
            int rows = 0;
            int mismatches = 0;
            List<String> lines = Files.readAllLines(published);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (f.length < 5) {
                    continue;
                }
                rows++;
                CustomerSummary c = byId.get(Long.parseLong(f[0].trim()));
                double zbar = Double.parseDouble(f[4]);
                boolean same = c != null && c.frequency() == Integer.parseInt(f[1].trim())
                        && Math.abs(c.recency() - Double.parseDouble(f[2])) <= 0.005 + 1e-9
                        && Math.abs(c.age() - Double.parseDouble(f[3])) <= 0.005 + 1e-9
                        && (c.frequency() == 0 ? zbar == 0 : Math.abs(c.meanSpend() - zbar) <= 0.005 + 1e-9);
                mismatches += same ? 0 : 1;
            }
            long repeatBuyers = customers.stream().filter(c -> c.frequency() > 0).count();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("customers", customers.size());
            m.put("repeatBuyers", repeatBuyers);
            m.put("calibrationRepeatPurchases", customers.stream().mapToLong(CustomerSummary::frequency).sum());
            m.put("publishedRows", rows);
            m.put("rowsDifferingFromPublished", mismatches + Math.abs(rows - customers.size()));
            return m;
        }
    }
}
