package org.hamsafar.analytics.forecast;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits a Holt-Winters model: the weights that minimise the sum of squared one-step errors
 * (FPP3 §8.6), found by Powell's BOBYQA (bound-constrained, derivative-free) within [0, 1] from a
 * few starting points, the first R's usual (0.3, 0.1, 0.1); the best of the runs is kept.
 *
 * @throws ForecastFailure when the series is shorter than the model's minimum, has too few
 *                         observed values, or no weights give a valid run
 */
final class HoltWintersFit {
    private static final double[][] STARTS = {{0.3, 0.1, 0.1}, {0.1, 0.02, 0.3}, {0.6, 0.2, 0.5}, {0.9, 0.5, 0.85}};
    /**
     * Per start. A flat ridge of the SSE (a weight at its bound, common on noisy daily counts) lets
     * BOBYQA creep on for thousands of steps that change the SSE by less than a part in a million.
     */
    private static final int MAX_EVALUATIONS = 800;
    /** A finite stand-in for an invalid run: BOBYQA cannot handle infinity. */
    private static final double INVALID = 1e300;

    private HoltWintersFit() {
    }

    /**
     * A fitted model: its weights, start values, the run over the series, and σ², the variance of
     * the one-step errors (their mean square, the maximum-likelihood estimate of Hyndman et al.
     * 2008 §5.2).
     */
    record Fitted(ModelSpec spec, Smoothing weights, StartValues start, HoltWintersFilter.Run run) {
        double sigma2() {
            return run.sse() / run.errors();
        }
    }

    static Fitted fit(double[] y, ModelSpec spec) {
        return fit(y, spec, STARTS);
    }

    /** Fits from one start, a previous fit's weights: the backtest's refits at each origin, where the optimum moves little. */
    static Fitted refit(double[] y, ModelSpec spec, Smoothing from) {
        return fit(y, spec, new double[][] {{from.alpha(), from.beta(), from.gamma()}});
    }

    private static Fitted fit(double[] y, ModelSpec spec, double[][] starts) {
        if (y.length < spec.minimumLength()) {
            throw new ForecastFailure(ForecastFailure.Reason.TOO_SHORT, "the series has " + y.length + " periods; a "
                    + describe(spec) + " needs at least " + spec.minimumLength());
        }
        int observedAfterStart = 0;
        StartValues start;
        try {
            start = StartValues.of(y, spec);
        } catch (IllegalArgumentException e) {
            throw new ForecastFailure(ForecastFailure.Reason.TOO_FEW_OBSERVED, "the first " + (spec.seasonal() ? 2 * spec.period() : 2)
                    + " periods hold no data to start the model from");
        }
        for (int t = start.firstFitted(); t < y.length; t++) {
            observedAfterStart += Double.isNaN(y[t]) ? 0 : 1;
        }
        if (observedAfterStart < spec.weights() + 1) {
            throw new ForecastFailure(ForecastFailure.Reason.TOO_FEW_OBSERVED, "only " + observedAfterStart
                    + " periods with data after the start; at least " + (spec.weights() + 1) + " are needed");
        }
        int dimension = spec.weights();
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * dimension + 1, 0.05, 1e-6);
        // Every evaluated point counts: a run that stops early (BOBYQA can fail to reduce its
        // quadratic model) still leaves the best point it saw.
        double[] bestPoint = null;
        double bestValue = INVALID;
        for (double[] guess : starts) {
            double[] initial = java.util.Arrays.copyOf(guess, dimension);
            BestSeen seen = new BestSeen();
            try {
                optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(point -> seen.offer(point,
                                sse(y, spec, weights(point), start))), GoalType.MINIMIZE, new InitialGuess(initial),
                        new SimpleBounds(new double[dimension], filled(dimension, 1.0)));
            } catch (MathIllegalStateException e) {
                // Too many evaluations or a failed trust-region step: keep what this start found.
            }
            if (seen.point != null && seen.value < bestValue) {
                bestPoint = seen.point;
                bestValue = seen.value;
            }
        }
        if (bestPoint == null) {
            throw new ForecastFailure(ForecastFailure.Reason.NO_FIT, "no smoothing weights give a valid " + describe(spec)
                    + (spec.form() == SeasonalForm.MULTIPLICATIVE ? " (the level or a seasonal index fell to zero or below); try the additive model"
                    : " (the optimiser did not converge)"));
        }
        Smoothing weights = weights(bestPoint);
        return new Fitted(spec, weights, start, HoltWintersFilter.run(y, spec, weights, start));
    }

    /** The model with fixed weights (no optimisation): for checks against published runs. */
    static Fitted withWeights(double[] y, ModelSpec spec, Smoothing weights) {
        StartValues start = StartValues.of(y, spec);
        return new Fitted(spec, weights, start, HoltWintersFilter.run(y, spec, weights, start));
    }

    /** The lowest objective value offered and where (null until a valid one). */
    private static final class BestSeen {
        private double[] point;
        private double value = INVALID;

        double offer(double[] at, double objective) {
            if (objective < value) {
                value = objective;
                point = at.clone();
            }
            return objective;
        }
    }

    private static double sse(double[] y, ModelSpec spec, Smoothing weights, StartValues start) {
        HoltWintersFilter.Run run = HoltWintersFilter.run(y, spec, weights, start);
        return run.valid() ? run.sse() : INVALID;
    }

    private static Smoothing weights(double[] point) {
        return new Smoothing(clamp(point[0]), clamp(point[1]), point.length > 2 ? clamp(point[2]) : 0);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    static String describe(ModelSpec spec) {
        return spec.seasonal() ? spec.form().key() + " model with a season of " + spec.period() + " periods"
                : "model without a season";
    }
}
