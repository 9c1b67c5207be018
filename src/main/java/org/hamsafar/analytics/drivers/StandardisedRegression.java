package org.hamsafar.analytics.drivers;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Ordinary least squares on standardised variables, from correlations: β = R⁻¹·r_xy, R² = βᵀ·r_xy.
 * With n complete cases and p predictors, SE(βⱼ) = sqrt((1 - R²)/(n - p - 1) · (R⁻¹)ⱼⱼ) and
 * t = βⱼ/SE on n - p - 1 degrees of freedom, the same t (and p) as the raw coefficient's (Cohen,
 * Cohen, West &amp; Aiken 2003, Applied Multiple Regression/Correlation Analysis, ch. 3). (R⁻¹)ⱼⱼ =
 * 1/(1 - Rⱼ²) is predictor j's variance inflation factor.
 */
final class StandardisedRegression {
    private StandardisedRegression() {
    }

    record Result(double rSquared, double[] beta, double[] standardError, double[] pValue, double[] vif, int df) {
    }

    /** {@code n} must exceed p + 1. */
    static Result fit(RealMatrix correlations, double[] withOutcome, long n) {
        int p = withOutcome.length;
        RealMatrix inverse = new EigenDecomposition(correlations).getSolver().getInverse();
        double[] beta = inverse.operate(withOutcome);
        double rSquared = 0;
        for (int j = 0; j < p; j++) {
            rSquared += beta[j] * withOutcome[j];
        }
        int df = (int) (n - p - 1);
        TDistribution t = TDistribution.of(df);
        double[] se = new double[p];
        double[] pValue = new double[p];
        double[] vif = new double[p];
        double residual = Math.max(0, 1 - rSquared);
        for (int j = 0; j < p; j++) {
            vif[j] = inverse.getEntry(j, j);
            se[j] = Math.sqrt(residual / df * vif[j]);
            pValue[j] = se[j] == 0 ? 0 : 2 * t.survivalProbability(Math.abs(beta[j] / se[j]));
        }
        return new Result(rSquared, beta, se, pValue, vif, df);
    }
}
