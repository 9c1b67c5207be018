package org.hamsafar.analytics.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hamsafar.analytics.jobs.AnalysisFailure;

/**
 * Fits the purchase models and the spend model by maximum likelihood ({@link MaximumLikelihood}).
 * Large tables search their starting points on a systematic sample of about {@value #COARSE_ROWS}
 * rows, climb on samples four times larger in turn, then on all rows.
 */
public final class ModelFitter {
    /** The least data the four-parameter purchase models are fitted on. */
    public static final int MIN_CUSTOMERS = 30;
    public static final int MIN_REPEAT_BUYERS = 10;
    /** The least customers with priced repeat purchases the spend model is fitted on. */
    public static final int MIN_SPENDERS = 10;
    static final int COARSE_ROWS = 20_000;

    private ModelFitter() {
    }

    /** Fits {@code kind} to customers' summaries. */
    public static ModelFit fit(ModelKind kind, List<CustomerSummary> summaries) {
        return fit(kind, SummaryTable.of(summaries));
    }

    /** @throws AnalysisFailure with too little data or without convergence */
    public static ModelFit fit(ModelKind kind, SummaryTable table) {
        if (table.customers < MIN_CUSTOMERS || table.repeatBuyers < MIN_REPEAT_BUYERS) {
            throw new AnalysisFailure("Too little data to fit " + kind.key() + ": it needs at least " + MIN_CUSTOMERS
                    + " customers with a first purchase in the calibration period and " + MIN_REPEAT_BUYERS
                    + " of them with a repeat purchase; found " + table.customers + " customers and " + table.repeatBuyers
                    + " repeat buyers.");
        }
        List<ToDoubleFunction<double[]>> levels = new ArrayList<>();
        for (int size : samples(table.rows)) {
            SummaryTable sample = table.everyNth(table.rows / size);
            levels.add(p -> kind.fromLog(p).logLikelihood(sample));
        }
        levels.add(p -> kind.fromLog(p).logLikelihood(table));
        MaximumLikelihood.Optimum best = MaximumLikelihood.maximise(kind.parameterNames(), levels, kind.starts(table));
        return new ModelFit(kind.fromLog(best.point()), best.logLikelihood(), best.evaluations(), table.customers, table.repeatBuyers);
    }

    /**
     * Fits the Gamma-Gamma model to the customers with priced repeat purchases and a positive mean
     * spend ({@link CustomerSummary#hasSpend()}); x is their count of priced repeat purchases.
     *
     * @throws AnalysisFailure with too few such customers, without convergence, or when q &lt;= 1 (no finite mean spend)
     */
    public static SpendFit fitSpend(List<CustomerSummary> summaries) {
        List<CustomerSummary> spenders = new ArrayList<>();
        for (CustomerSummary s : summaries) {
            if (s.hasSpend()) {
                spenders.add(s);
            }
        }
        if (spenders.size() < MIN_SPENDERS) {
            throw new AnalysisFailure("Too little data to fit the spend model: it needs at least " + MIN_SPENDERS
                    + " customers with priced repeat purchases; found " + spenders.size() + ".");
        }
        int n = spenders.size();
        int[] x = new int[n];
        double[] m = new double[n];
        int maxX = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            x[i] = spenders.get(i).spendCount();
            m[i] = spenders.get(i).meanSpend();
            maxX = Math.max(maxX, x[i]);
            mean += m[i] / n;
        }
        int top = maxX;
        List<ToDoubleFunction<double[]>> levels = new ArrayList<>();
        for (int size : samples(n)) {
            int[] sx = strided(x, n / size);
            double[] sm = strided(m, n / size);
            levels.add(p -> gammaGamma(p).logLikelihood(sx, sm, top));
        }
        levels.add(p -> gammaGamma(p).logLikelihood(x, m, top));
        List<double[]> starts = List.of(logs(1, 2, mean), logs(5, 3, 0.4 * mean), logs(1, 5, 4 * mean));
        MaximumLikelihood.Optimum best = MaximumLikelihood.maximise(List.of("p", "q", "gamma"), levels, starts);
        GammaGamma model = gammaGamma(best.point());
        if (model.q() <= 1) {
            throw new AnalysisFailure("The spend model has no finite mean (q = " + model.q()
                    + " <= 1): a few very large purchases dominate; the spend model is not usable on these data.");
        }
        return new SpendFit(model, best.logLikelihood(), best.evaluations(), n);
    }

    /**
     * The sizes of the samples climbed before all {@code rows}: {@value #COARSE_ROWS} rows for the
     * starts, then four times as many, each only when the data are more than twice its size.
     */
    static List<Integer> samples(int rows) {
        List<Integer> sizes = new ArrayList<>();
        for (int size = COARSE_ROWS; 2 * size < rows; size *= 4) {
            sizes.add(size);
        }
        return sizes;
    }

    private static GammaGamma gammaGamma(double[] p) {
        return new GammaGamma(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]));
    }

    private static double[] logs(double... values) {
        double[] p = new double[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.log(values[i]);
        }
        return p;
    }

    private static int[] strided(int[] v, int step) {
        int[] out = new int[(v.length + step - 1) / step];
        for (int k = 0; k < out.length; k++) {
            out[k] = v[k * step];
        }
        return out;
    }

    private static double[] strided(double[] v, int step) {
        double[] out = new double[(v.length + step - 1) / step];
        for (int k = 0; k < out.length; k++) {
            out[k] = v[k * step];
        }
        return out;
    }
}
