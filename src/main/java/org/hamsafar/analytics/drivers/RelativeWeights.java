package org.hamsafar.analytics.drivers;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative weight
 * of predictor variables in multiple regression", Multivariate Behavioral Research 35(1)): the share
 * of R² each of p correlated predictors accounts for.
 *
 * <p>With the predictors' correlation matrix R = V·Δ·Vᵀ (eigen-decomposition), Λ = V·Δ^½·Vᵀ is the
 * matrix of correlations between the predictors X and their closest orthogonal counterparts Z
 * (X = Z·Λ). The outcome's standardised coefficients on the uncorrelated Z are β = Λ⁻¹·r_xy, and
 * predictor j's raw weight is εⱼ = Σₖ λⱼₖ²·βₖ². Because each column of Λ has unit sum of squares
 * (Λᵀ·Λ = R has ones on its diagonal), Σⱼ εⱼ = Σₖ βₖ² = r_xyᵀ·R⁻¹·r_xy = R² exactly: the weights
 * partition R². Every εⱼ is non-negative, unlike squared betas or products βⱼ·rⱼ.
 */
final class RelativeWeights {
    private RelativeWeights() {
    }

    /** R² and each predictor's raw weight ε and its share of R² in percent. */
    record Result(double rSquared, double[] raw, double[] percent) {
    }

    /** {@code correlations}: the predictors' p×p correlation matrix (positive definite); {@code withOutcome}: r_xy. */
    static Result of(RealMatrix correlations, double[] withOutcome) {
        int p = withOutcome.length;
        EigenDecomposition eigen = new EigenDecomposition(correlations);
        RealMatrix v = eigen.getV();
        double[] values = eigen.getRealEigenvalues();
        double[][] lambda = new double[p][p];
        double[][] inverse = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                double root = 0;
                double inverseRoot = 0;
                for (int k = 0; k < p; k++) {
                    double product = v.getEntry(i, k) * v.getEntry(j, k);
                    root += product * Math.sqrt(values[k]);
                    inverseRoot += product / Math.sqrt(values[k]);
                }
                lambda[i][j] = root;
                inverse[i][j] = inverseRoot;
            }
        }
        double[] beta = new double[p];
        for (int k = 0; k < p; k++) {
            for (int j = 0; j < p; j++) {
                beta[k] += inverse[k][j] * withOutcome[j];
            }
        }
        double[] raw = new double[p];
        double rSquared = 0;
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                raw[j] += lambda[j][k] * lambda[j][k] * beta[k] * beta[k];
            }
            rSquared += raw[j];
        }
        double[] percent = new double[p];
        for (int j = 0; j < p; j++) {
            percent[j] = rSquared > 0 ? 100 * raw[j] / rSquared : 0;
        }
        return new Result(rSquared, raw, percent);
    }
}
