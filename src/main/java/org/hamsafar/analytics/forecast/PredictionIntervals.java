package org.hamsafar.analytics.forecast;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Prediction intervals of a fitted model's forecasts, assuming normal one-step errors with the
 * fitted variance σ².
 *
 * <p>Additive and no season: the closed form of FPP3 Table 8.8 (Hyndman et al. 2008 Table 6.1,
 * class 1) for ETS(A,A,A) and ETS(A,A,N), in state space weights (α, β = αβ*, γ = γ*(1 − α)):
 * <pre>
 *   σ_h² = σ² [1 + (h−1){α² + αβh + β²h(2h−1)/6} + γk{2α + γ + βm(k+1)}],  k = ⌊(h−1)/m⌋
 * </pre>
 * Multiplicative: FPP3 §8.7 gives no closed form; the intervals are the quantiles of
 * {@link #SIMULATED_PATHS} simulated future paths, each observation drawn as its one-step forecast
 * plus a normal error and fed back through the recursions (fixed seed: the same fit gives the same
 * intervals).
 */
final class PredictionIntervals {
    static final int SIMULATED_PATHS = 4000;
    private static final long SEED = 20_240_801L;

    private PredictionIntervals() {
    }

    /** Lower and upper bounds, index h−1 for h = 1..horizon. */
    record Bounds(double[] lower, double[] upper) {
    }

    /** The standard normal quantile of a central interval: 1.96 for 0.95. */
    static double z(double level) {
        return NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
    }

    static Bounds of(HoltWintersFit.Fitted model, int horizon, double level) {
        return model.spec().form() == SeasonalForm.MULTIPLICATIVE ? simulated(model, horizon, level, SIMULATED_PATHS)
                : closedForm(model, horizon, level);
    }

    /** The variance factor σ_h²/σ² of FPP3 Table 8.8 for the additive or non-seasonal model. */
    static double varianceFactor(Smoothing w, int m, int h) {
        double a = w.alpha();
        double b = w.stateBeta();
        double g = m == 0 ? 0 : w.stateGamma();
        int k = m == 0 ? 0 : (h - 1) / m;
        return 1 + (h - 1) * (a * a + a * b * h + b * b * h * (2.0 * h - 1) / 6) + g * k * (2 * a + g + b * m * (k + 1));
    }

    static Bounds closedForm(HoltWintersFit.Fitted model, int horizon, double level) {
        double z = z(level);
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double point = model.run().forecast(h, model.spec().form());
            double half = z * Math.sqrt(model.sigma2() * varianceFactor(model.weights(), model.spec().period(), h));
            lower[h - 1] = point - half;
            upper[h - 1] = point + half;
        }
        return new Bounds(lower, upper);
    }

    /** Quantile bounds of {@code paths} simulated futures (works for every form; the additive one has the closed form). */
    static Bounds simulated(HoltWintersFit.Fitted model, int horizon, double level, int paths) {
        SplittableRandom random = new SplittableRandom(SEED);
        double sigma = Math.sqrt(model.sigma2());
        double[][] draws = new double[horizon][paths];
        HoltWintersFilter.Run end = model.run();
        SeasonalForm form = model.spec().form();
        int m = model.spec().period();
        Smoothing w = model.weights();
        for (int p = 0; p < paths; p++) {
            double l = end.level();
            double b = end.trend();
            double[] season = end.nextSeason().clone();
            for (int h = 1; h <= horizon; h++) {
                int j = m == 0 ? 0 : (h - 1) % m;
                double s = m == 0 ? 0 : season[j];
                double base = l + b;
                double mean = switch (form) {
                    case NONE -> base;
                    case ADDITIVE -> base + s;
                    case MULTIPLICATIVE -> base * s;
                };
                double y = mean + sigma * gaussian(random);
                draws[h - 1][p] = y;
                double newLevel = switch (form) {
                    case NONE -> w.alpha() * y + (1 - w.alpha()) * base;
                    case ADDITIVE -> w.alpha() * (y - s) + (1 - w.alpha()) * base;
                    case MULTIPLICATIVE -> w.alpha() * (y / s) + (1 - w.alpha()) * base;
                };
                b = w.beta() * (newLevel - l) + (1 - w.beta()) * b;
                l = newLevel;
                if (form == SeasonalForm.ADDITIVE) {
                    season[j] = w.gamma() * (y - l) + (1 - w.gamma()) * s;
                } else if (form == SeasonalForm.MULTIPLICATIVE) {
                    season[j] = w.gamma() * (y / l) + (1 - w.gamma()) * s;
                }
            }
        }
        double[] lower = new double[horizon];
        double[] upper = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            Arrays.sort(draws[h]);
            lower[h] = quantile(draws[h], 0.5 - level / 2);
            upper[h] = quantile(draws[h], 0.5 + level / 2);
        }
        return new Bounds(lower, upper);
    }

    /** Linear interpolation between order statistics (Hyndman & Fan 1996, type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** A standard normal draw (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
