package org.hamsafar.analytics.churn;

import java.util.Arrays;

/**
 * k-fold cross-validated AUC of the regularised logistic regression: for each fold the columns are
 * standardised on the other folds only, the model is fitted there and the held-out fold is scored.
 *
 * @param aucs      one per fold
 * @param mean      their mean
 * @param sd        their population standard deviation (divisor k, as numpy's {@code std}, which the
 *                  published Telco figure 0.842 +- 0.012 uses)
 * @param converged whether every fold's fit converged
 */
record CrossValidatedAuc(double[] aucs, double mean, double sd, boolean converged) {

    /**
     * Cross-validates on {@code rows} (raw row numbers of {@code x}); {@code folds} assigns each
     * position of {@code rows} to a fold.
     */
    static CrossValidatedAuc of(double[][] x, boolean[] y, int[] rows, Folds folds, boolean[] standardise, double c) {
        if (folds.fold().length != rows.length) {
            throw new IllegalArgumentException("folds must cover the rows");
        }
        double[] aucs = new double[folds.k()];
        boolean converged = true;
        for (int f = 0; f < folds.k(); f++) {
            int[] train = pick(rows, folds.train(f));
            int[] test = pick(rows, folds.test(f));
            Standardisation columns = Standardisation.fit(x, train, standardise);
            LogisticFit fit = LogisticRegression.fit(x, y, train, columns, c, null);
            converged &= fit.converged();
            aucs[f] = RocAuc.auc(Scoring.probabilities(x, test, columns, fit), labels(y, test));
        }
        double mean = Arrays.stream(aucs).average().orElse(Double.NaN);
        double variance = Arrays.stream(aucs).map(a -> (a - mean) * (a - mean)).sum() / aucs.length;
        return new CrossValidatedAuc(aucs, mean, Math.sqrt(variance), converged);
    }

    static int[] pick(int[] rows, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = rows[positions[i]];
        }
        return picked;
    }

    static boolean[] labels(boolean[] y, int[] rows) {
        boolean[] labels = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = y[rows[i]];
        }
        return labels;
    }
}
