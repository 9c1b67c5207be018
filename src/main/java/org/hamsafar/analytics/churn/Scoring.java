package org.hamsafar.analytics.churn;

/** Probabilities of a fitted model for rows of a raw feature matrix. */
final class Scoring {
    private Scoring() {
    }

    /** P(y = 1) for each of {@code rows} of {@code x}, in the order of {@code rows}. */
    static double[] probabilities(double[][] x, int[] rows, Standardisation columns, LogisticFit fit) {
        double[] p = new double[rows.length];
        double[] z = new double[columns.size()];
        for (int i = 0; i < rows.length; i++) {
            columns.apply(x[rows[i]], z);
            p[i] = LogisticFit.sigmoid(fit.eta(z));
        }
        return p;
    }

    /** The share of {@code rows} whose probability is on the right side of 0.5. */
    static double accuracy(double[] probabilities, boolean[] labels) {
        long right = 0;
        for (int i = 0; i < probabilities.length; i++) {
            right += (probabilities[i] >= 0.5) == labels[i] ? 1 : 0;
        }
        return (double) right / probabilities.length;
    }
}
