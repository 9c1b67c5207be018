package org.hamsafar.analytics.forecast;

import java.util.Arrays;

/**
 * The Holt-Winters recursions (Holt 1957; Winters 1960) in component form (FPP3 §8.3), run over a
 * series with given weights from given start values. For observation t with seasonal index
 * s = s<sub>t−m</sub>:
 * <pre>
 *   one-step forecast  ŷ_t = ℓ + b + s                    (additive)     ŷ_t = (ℓ + b)·s            (multiplicative)
 *   level              ℓ' = α(y_t − s) + (1−α)(ℓ + b)                    ℓ' = α(y_t / s) + (1−α)(ℓ + b)
 *   trend              b' = β(ℓ' − ℓ) + (1−β)b
 *   season             s' = γ(y_t − ℓ') + (1−γ)s                         s' = γ(y_t / ℓ') + (1−γ)s
 * </pre>
 * The seasonal equation is Winters' (see {@link Smoothing}). A missing observation (NaN) is
 * replaced by its forecast, so its error is 0 and the states carry on unchanged (ℓ' = ℓ + b,
 * b' = b, s' = s), as a state space model treats a missing value. Without a season the seasonal
 * terms drop out (Holt's linear method).
 */
final class HoltWintersFilter {
    private HoltWintersFilter() {
    }

    /**
     * The outcome of one run: {@code fitted[t]} the one-step forecast of observation t (NaN before
     * the first fitted one), the sum of squared one-step errors over the observed values and how
     * many there were, the final level and trend, and {@code nextSeason[j]} the seasonal index of
     * the (j+1)-th period after the series. {@code valid} is false when a multiplicative run met a
     * level or index at or below zero (or any value became infinite): its numbers mean nothing.
     */
    record Run(double[] fitted, double sse, int errors, double level, double trend, double[] nextSeason, boolean valid) {

        /** The point forecast h ≥ 1 periods after the series: (ℓ + hb) ± or × the season's index. */
        double forecast(int h, SeasonalForm form) {
            double base = level + h * trend;
            return switch (form) {
                case NONE -> base;
                case ADDITIVE -> base + nextSeason[(h - 1) % nextSeason.length];
                case MULTIPLICATIVE -> base * nextSeason[(h - 1) % nextSeason.length];
            };
        }
    }

    static Run run(double[] y, ModelSpec spec, Smoothing w, StartValues start) {
        SeasonalForm form = spec.form();
        int m = spec.period();
        int n = y.length;
        double[] season = Arrays.copyOf(start.season(), m);
        double[] fitted = new double[n];
        Arrays.fill(fitted, Double.NaN);
        double level = start.level();
        double trend = start.trend();
        double sse = 0;
        int errors = 0;
        boolean valid = Double.isFinite(level) && Double.isFinite(trend);
        int first = start.firstFitted();
        for (int t = first; t < n && valid; t++) {
            int j = m == 0 ? 0 : (t - first) % m;
            double s = m == 0 ? 0 : season[j];
            double base = level + trend;
            double forecast = switch (form) {
                case NONE -> base;
                case ADDITIVE -> base + s;
                case MULTIPLICATIVE -> base * s;
            };
            fitted[t] = forecast;
            double observed = y[t];
            if (Double.isNaN(observed)) {
                observed = forecast;
            } else {
                double e = observed - forecast;
                sse += e * e;
                errors++;
            }
            double newLevel = switch (form) {
                case NONE -> w.alpha() * observed + (1 - w.alpha()) * base;
                case ADDITIVE -> w.alpha() * (observed - s) + (1 - w.alpha()) * base;
                case MULTIPLICATIVE -> w.alpha() * (observed / s) + (1 - w.alpha()) * base;
            };
            trend = w.beta() * (newLevel - level) + (1 - w.beta()) * trend;
            level = newLevel;
            if (form == SeasonalForm.ADDITIVE) {
                season[j] = w.gamma() * (observed - level) + (1 - w.gamma()) * s;
            } else if (form == SeasonalForm.MULTIPLICATIVE) {
                season[j] = w.gamma() * (observed / level) + (1 - w.gamma()) * s;
                valid = level > 0 && season[j] > 0;
            }
            valid &= Double.isFinite(level) && Double.isFinite(trend) && Double.isFinite(sse);
        }
        double[] next = new double[m];
        for (int j = 0; j < m; j++) {
            next[j] = season[(n - first + j) % m];
        }
        return new Run(fitted, sse, errors, level, trend, next, valid);
    }
}
