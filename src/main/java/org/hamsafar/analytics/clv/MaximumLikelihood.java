package org.hamsafar.analytics.clv;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hamsafar.analytics.jobs.AnalysisFailure;

/**
 * Maximises a log-likelihood over the logarithms of positive parameters (so every point is a valid
 * model) with Powell's BOBYQA (Commons Math 3). Cheap objectives (growing samples of the
 * customers) pick the best of several starts and carry it near the maximum; there Newton's method
 * ({@link NewtonPolish}) settles the maximum of the full objective. Should it not settle, the full
 * objective is climbed and restarted until two climbs end at the same point, which is then the test
 * of convergence.
 */
final class MaximumLikelihood {
    /** Log-parameters stay within [-BOUND, BOUND]: parameters between 3e-7 and 3.3e6. */
    static final double BOUND = 15;
    private static final int MAX_EVALUATIONS = 4_000;
    private static final int MAX_RESTARTS = 6;
    /** Two climbs agree when every log-parameter differs by less than this (relative 1e-5 in the parameter). */
    private static final double SAME_POINT = 1e-5;
    /** Restarts whose log-likelihoods differ by less than this share of it found no better model. */
    private static final double FLAT = 1e-9;
    /** A log-parameter beyond this (a parameter above 400 or below 0.0025) is on its way to a boundary when it keeps moving out. */
    private static final double FAR = 6;

    /** The maximum found: the log-parameters, the log-likelihood and the objective evaluations it took. */
    record Optimum(double[] point, double logLikelihood, int evaluations) {
    }

    private MaximumLikelihood() {
    }

    /**
     * @param names  the parameter names, for messages
     * @param levels objectives of growing cost that approximate the last one, the one whose maximum
     *               is wanted: the starts are compared on the first, each next is climbed from the
     *               previous maximum, and the last is restarted until two climbs agree
     * @param starts starting log-parameters
     * @throws AnalysisFailure when no climb converges or a parameter runs off to 0 or infinity
     */
    static Optimum maximise(List<String> names, List<ToDoubleFunction<double[]>> levels, List<double[]> starts) {
        int evaluations = 0;
        Optimum best = null;
        for (double[] start : starts) {
            Optimum o = climb(levels.get(0), start, 1.0);
            evaluations += o.evaluations();
            if (o.point() != null && (best == null || o.logLikelihood() > best.logLikelihood())) {
                best = o;
            }
        }
        if (best == null) {
            throw new AnalysisFailure("The fit did not converge from any of " + starts.size() + " starting points.");
        }
        Optimum current = best;
        // Each sample's maximum moves less than the one before: the trust region starts near that move.
        double radius = 0.05;
        for (ToDoubleFunction<double[]> level : levels.subList(Math.min(1, levels.size() - 1), levels.size() - 1)) {
            Optimum next = climb(level, current.point(), radius);
            evaluations += next.evaluations();
            if (next.point() == null) {
                throw new AnalysisFailure("The fit did not converge on all customers (after " + evaluations + " evaluations of the likelihood).");
            }
            radius = Math.max(0.002, Math.min(0.05, 2 * maxDifference(next.point(), current.point())));
            current = next;
        }
        ToDoubleFunction<double[]> full = levels.get(levels.size() - 1);
        Optimum polished = NewtonPolish.polish(full, current.point());
        if (polished != null) {
            checkInside(names, polished.point());
            return new Optimum(polished.point(), polished.logLikelihood(), evaluations + polished.evaluations());
        }
        // Newton did not settle: climb without derivatives, restarting until two climbs agree.
        if (levels.size() > 1) {
            current = climb(full, current.point(), 0.05);
            evaluations += current.evaluations();
        }
        Optimum firstRestart = current;
        for (int k = 0; k < MAX_RESTARTS && current.point() != null; k++) {
            Optimum again = climb(full, current.point(), 0.01);
            evaluations += again.evaluations();
            if (again.point() == null) {
                break;
            }
            boolean same = maxDifference(again.point(), current.point()) < SAME_POINT;
            current = again.logLikelihood() >= current.logLikelihood() ? again : current;
            if (same) {
                checkInside(names, current.point());
                return new Optimum(current.point(), current.logLikelihood(), evaluations);
            }
        }
        String drifting = current.point() == null || firstRestart.point() == null ? "" : drifting(names, firstRestart, current);
        if (!drifting.isEmpty()) {
            throw new AnalysisFailure("The fit did not converge: the likelihood stays flat while " + drifting + " (after " + evaluations
                    + " evaluations of the likelihood), so the data do not determine " + (drifting.contains(" and ") ? "them" : "it")
                    + ". For a and b (BG/NBD) or s and beta (Pareto/NBD) this means the purchases show almost no customers"
                    + " dropping out; a longer history, or one with customers who stopped buying, is needed.");
        }
        throw new AnalysisFailure("The fit did not converge: restarts of the optimiser kept moving (after " + evaluations
                + " evaluations of the likelihood).");
    }

    /**
     * The parameters that kept moving towards 0 or infinity over restarts whose likelihood barely
     * changed (a supremum on the boundary, which no point attains), in words; empty when that is not
     * why the restarts disagreed.
     */
    static String drifting(List<String> names, Optimum first, Optimum last) {
        if (Math.abs(last.logLikelihood() - first.logLikelihood()) > FLAT * Math.abs(last.logLikelihood())) {
            return "";
        }
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double move = last.point()[i] - first.point()[i];
            // Moving away from 1 (log 0) and already far from it: towards 0 or infinity.
            if (Math.abs(move) > 10 * SAME_POINT && Math.signum(move) == Math.signum(last.point()[i]) && Math.abs(last.point()[i]) > FAR) {
                words.add(names.get(i) + " runs off towards " + (move > 0 ? "infinity" : "zero"));
            }
        }
        return String.join(" and ", words);
    }

    private static void checkInside(List<String> names, double[] point) {
        for (int i = 0; i < point.length; i++) {
            if (Math.abs(point[i]) > BOUND - 1) {
                throw new AnalysisFailure("The fit did not converge: parameter " + names.get(i) + " ran off towards "
                        + (point[i] > 0 ? "infinity" : "zero") + ", so the data do not determine it (too few or too uniform repeat purchases).");
            }
        }
    }

    private static double maxDifference(double[] u, double[] v) {
        double max = 0;
        for (int i = 0; i < u.length; i++) {
            max = Math.max(max, Math.abs(u[i] - v[i]));
        }
        return max;
    }

    /** One BOBYQA climb; a point of null when it failed. Non-finite values are read as very unlikely. */
    private static Optimum climb(ToDoubleFunction<double[]> objective, double[] start, double radius) {
        int n = start.length;
        int[] count = {0};
        double[] lower = new double[n];
        double[] upper = new double[n];
        Arrays.fill(lower, -BOUND);
        Arrays.fill(upper, BOUND);
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = Math.max(-BOUND + radius, Math.min(BOUND - radius, start[i]));
        }
        ObjectiveFunction f = new ObjectiveFunction(point -> {
            count[0]++;
            double v;
            try {
                v = objective.applyAsDouble(point);
            } catch (IllegalArgumentException e) {
                // parameters whose model cannot be evaluated (a series outside its domain)
                v = Double.NaN;
            }
            return Double.isFinite(v) ? v : -1e300;
        });
        try {
            PointValuePair p = new BOBYQAOptimizer(2 * n + 1, radius, 1e-6).optimize(new MaxEval(MAX_EVALUATIONS), f, GoalType.MAXIMIZE,
                    new InitialGuess(x0), new SimpleBounds(lower, upper));
            return Double.isFinite(p.getValue()) && p.getValue() > -1e299 ? new Optimum(p.getPoint(), p.getValue(), count[0])
                    : new Optimum(null, Double.NEGATIVE_INFINITY, count[0]);
        } catch (RuntimeException e) {
            // Too many evaluations, or one of BOBYQA's internal states it cannot continue from (its
            // "path is explored" exception is private): this climb failed, others may not.
            return new Optimum(null, Double.NEGATIVE_INFINITY, count[0]);
        }
    }
}
