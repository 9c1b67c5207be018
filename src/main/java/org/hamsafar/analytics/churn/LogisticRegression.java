package org.hamsafar.analytics.churn;

import java.util.stream.IntStream;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares; Hastie, Tibshirani and Friedman, "The Elements of Statistical Learning", 2nd ed.,
 * section 4.4.1, eqs. 4.21-4.26, with the ridge term of section 4.4.4). It minimises, as
 * scikit-learn's {@code LogisticRegression(C)} does,
 * <pre>
 *   f(b, w) = sum_i [ log(1 + exp(eta_i)) - y_i eta_i ] + ||w||^2 / (2C),   eta_i = b + w . z_i
 * </pre>
 * with the intercept b unpenalised ({@code C = +infinity} gives the plain maximum-likelihood fit).
 * Each step solves H d = -g (H = Z'WZ + I/C, W = diag(mu(1-mu)); Cholesky) and backtracks until
 * the Armijo condition holds. It stops when half the Newton decrement, -g.d / 2, an estimate of
 * f - min f, falls below 1e-10 (1 + |f|); without that within {@link #MAX_ITERATIONS} steps, when
 * H is not positive definite (collinear data without a penalty), or when an unpenalised fit ends with
 * fitted probabilities numerically 0 or 1 (separated data: the maximum is at infinity), the fit is
 * returned as not converged.
 *
 * <p>Rows are read through a {@link Standardisation} (no standardised copy of a million rows is
 * made) and the sums are split over the processors when there are many rows.
 */
final class LogisticRegression {
    static final int MAX_ITERATIONS = 100;
    private static final int PARALLEL_ROWS = 50_000;
    private static final int BLOCK = 4;
    /** A fitted probability this close to 0 or 1 means the rows are (quasi-)separated (as R's glm.fit warns). */
    private static final double SATURATED = 1e-10;

    private LogisticRegression() {
    }

    /**
     * Fits on {@code rows} of {@code x} with labels {@code y} (indexed like x), starting from
     * {@code start} when given (same columns; a warm start across a grid of C).
     */
    static LogisticFit fit(double[][] x, boolean[] y, int[] rows, Standardisation columns, double c, LogisticFit start) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be positive");
        }
        int m = columns.size() + 1;
        double lambda = Double.isInfinite(c) ? 0 : 1 / c;
        double[] beta = new double[m];
        if (start != null && start.weights().length == m - 1) {
            beta[0] = start.intercept();
            System.arraycopy(start.weights(), 0, beta, 1, m - 1);
        }
        Sums sums = sums(x, y, rows, columns, beta, lambda, true);
        int iteration = 0;
        boolean converged = false;
        while (iteration < MAX_ITERATIONS) {
            double[] step = newtonStep(sums.hessian, sums.gradient, m);
            if (step == null) {
                break;
            }
            iteration++;
            double slope = dot(sums.gradient, step);
            double t = 1;
            double[] trial = new double[m];
            Sums next = null;
            for (int halving = 0; halving < 40; halving++) {
                for (int j = 0; j < m; j++) {
                    trial[j] = beta[j] + t * step[j];
                }
                double f = sums(x, y, rows, columns, trial, lambda, false).objective;
                if (f <= sums.objective + 1e-4 * t * slope) {
                    next = sums(x, y, rows, columns, trial, lambda, true);
                    break;
                }
                t /= 2;
            }
            boolean small = -slope / 2 < 1e-10 * (1 + Math.abs(sums.objective));
            if (next == null) {
                converged = small;
                break;
            }
            beta = trial.clone();
            sums = next;
            if (small) {
                converged = true;
                break;
            }
        }
        if (lambda == 0 && sums.saturated > 0) {
            // Without a penalty, separated rows have no finite maximum: the weights only grow.
            converged = false;
        }
        double[] weights = new double[m - 1];
        System.arraycopy(beta, 1, weights, 0, m - 1);
        return new LogisticFit(beta[0], weights, iteration, converged, sums.objective);
    }

    /** Objective, gradient and (when asked) the Hessian at {@code beta}; index 0 is the intercept. */
    private record Sums(double objective, double[] gradient, double[][] hessian, long saturated) {
    }

    private static Sums sums(double[][] x, boolean[] y, int[] rows, Standardisation columns, double[] beta, double lambda, boolean second) {
        int m = beta.length;
        int chunks = rows.length >= PARALLEL_ROWS ? Runtime.getRuntime().availableProcessors() * 4 : 1;
        IntStream range = IntStream.range(0, chunks);
        if (chunks > 1) {
            range = range.parallel();
        }
        Sums total = range.mapToObj(part -> {
            int from = (int) ((long) rows.length * part / chunks);
            int to = (int) ((long) rows.length * (part + 1) / chunks);
            return partialSums(x, y, rows, from, to, columns, beta, second);
        }).reduce(LogisticRegression::add).orElseThrow();
        double penalty = 0;
        for (int j = 1; j < m; j++) {
            penalty += beta[j] * beta[j];
            total.gradient[j] += lambda * beta[j];
            if (second) {
                total.hessian[j][j] += lambda;
            }
        }
        return new Sums(total.objective + lambda * penalty / 2, total.gradient, total.hessian, total.saturated);
    }

    private static Sums partialSums(double[][] x, boolean[] y, int[] rows, int from, int to, Standardisation columns, double[] beta,
                                    boolean second) {
        int m = beta.length;
        double[][] block = new double[BLOCK][m];
        double[] blockWeights = new double[BLOCK];
        int filled = 0;
        double[] scratch = new double[m - 1];
        double[] gradient = new double[m];
        double[][] hessian = second ? new double[m][m] : null;
        double objective = 0;
        long saturated = 0;
        for (int r = from; r < to; r++) {
            int row = rows[r];
            double[] z = block[filled];
            z[0] = 1;
            columns.apply(x[row], scratch);
            System.arraycopy(scratch, 0, z, 1, m - 1);
            double eta = 0;
            for (int j = 0; j < m; j++) {
                eta += beta[j] * z[j];
            }
            // log(1 + e^eta) without overflow
            double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            objective += softplus - (y[row] ? eta : 0);
            double mu = LogisticFit.sigmoid(eta);
            double residual = mu - (y[row] ? 1 : 0);
            if (mu < SATURATED || mu > 1 - SATURATED) {
                saturated++;
            }
            for (int j = 0; j < m; j++) {
                gradient[j] += residual * z[j];
            }
            if (second) {
                blockWeights[filled++] = mu * (1 - mu);
                if (filled == BLOCK) {
                    addBlock(hessian, block, blockWeights);
                    filled = 0;
                }
            }
        }
        if (second) {
            for (int k = 0; k < filled; k++) {
                addRow(hessian, block[k], blockWeights[k]);
            }
        }
        return new Sums(objective, gradient, hessian, saturated);
    }

    /**
     * Adds the upper triangle of sum_k w_k z_k z_k' for four rows at once: each pass over a
     * Hessian row then does four multiply-adds per load and store, about three times faster than
     * one row at a time (measured with 41 columns).
     */
    private static void addBlock(double[][] hessian, double[][] z, double[] w) {
        double[] z0 = z[0];
        double[] z1 = z[1];
        double[] z2 = z[2];
        double[] z3 = z[3];
        int m = z0.length;
        for (int a = 0; a < m; a++) {
            double a0 = w[0] * z0[a];
            double a1 = w[1] * z1[a];
            double a2 = w[2] * z2[a];
            double a3 = w[3] * z3[a];
            double[] out = hessian[a];
            for (int b = a; b < m; b++) {
                out[b] += a0 * z0[b] + a1 * z1[b] + a2 * z2[b] + a3 * z3[b];
            }
        }
    }

    private static void addRow(double[][] hessian, double[] z, double w) {
        int m = z.length;
        for (int a = 0; a < m; a++) {
            double wa = w * z[a];
            double[] out = hessian[a];
            for (int b = a; b < m; b++) {
                out[b] += wa * z[b];
            }
        }
    }

    private static Sums add(Sums a, Sums b) {
        for (int j = 0; j < a.gradient.length; j++) {
            a.gradient[j] += b.gradient[j];
        }
        if (a.hessian != null) {
            for (int i = 0; i < a.hessian.length; i++) {
                for (int j = i; j < a.hessian.length; j++) {
                    a.hessian[i][j] += b.hessian[i][j];
                }
            }
        }
        return new Sums(a.objective + b.objective, a.gradient, a.hessian, a.saturated + b.saturated);
    }

    /** Solves H d = -g by Cholesky (H given by its upper triangle); null when H is not positive definite. */
    static double[] newtonStep(double[][] hessian, double[] gradient, int m) {
        double[] l = new double[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = hessian[j][i];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * m + k] * l[j * m + k];
                }
                if (i == j) {
                    if (!(sum > 1e-12 * Math.max(1, Math.abs(hessian[i][i])))) {
                        return null;
                    }
                    l[i * m + i] = Math.sqrt(sum);
                } else {
                    l[i * m + j] = sum / l[j * m + j];
                }
            }
        }
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            double sum = -gradient[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * m + k] * v[k];
            }
            v[i] = sum / l[i * m + i];
        }
        double[] d = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double sum = v[i];
            for (int k = i + 1; k < m; k++) {
                sum -= l[k * m + i] * d[k];
            }
            d[i] = sum / l[i * m + i];
        }
        return d;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
