package org.hamsafar.analytics.drivers;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.hamsafar.shared.InvalidInputException;

/**
 * Fits the key-driver model to answer rows: column 0 the outcome, columns 1..p the drivers, NaN
 * for a question a response did not answer. Correlations use pairwise deletion (every pair its own
 * n); the regression and the relative weights use the complete cases (every column answered), after
 * {@link DriverScreen} dropped constant and collinear drivers. At least {@link #MARGIN} more complete
 * cases than drivers are needed: with fewer, R² and the weights mostly fit noise.
 */
final class KeyDriverModel {
    static final int MARGIN = 10;

    private KeyDriverModel() {
    }

    /** A question's scale, to place its mean score between 0 (lowest answer) and 1 (highest). */
    record Scale(double min, double max) {
    }

    record DriverFit(int column, long answered, double mean, double performance, double rawWeight, double percentWeight, double beta,
                     double betaStandardError, double betaPValue, double vif, Quadrant quadrant) {
    }

    record Fit(long complete, double rSquared, double adjustedRSquared, int df, List<DriverFit> drivers, List<DriverScreen.Dropped> dropped,
               PairwiseCorrelations.Result correlations, double importanceThreshold, double performanceThreshold) {
    }

    static Fit fit(double[][] rows, List<Scale> scales) {
        int columns = scales.size();
        int p = columns - 1;
        PairwiseCorrelations.Result pairwise = PairwiseCorrelations.of(rows, columns);
        List<double[]> completeRows = new ArrayList<>();
        for (double[] row : rows) {
            boolean complete = true;
            for (int j = 0; j < columns && complete; j++) {
                complete = !Double.isNaN(row[j]);
            }
            if (complete) {
                completeRows.add(row);
            }
        }
        long n = completeRows.size();
        if (n < 3) {
            throw tooFew(n, p);
        }
        PairwiseCorrelations.Result complete = PairwiseCorrelations.of(completeRows.toArray(double[][]::new), columns);
        if (Double.isNaN(complete.r()[0][0])) {
            throw InvalidInputException.of("outcomeQuestion", "every complete response gave the outcome the same score: there is no variation to explain");
        }
        double[][] driverR = new double[p][p];
        boolean[] constant = new boolean[p];
        for (int a = 0; a < p; a++) {
            constant[a] = Double.isNaN(complete.r()[a + 1][a + 1]);
            for (int b = 0; b < p; b++) {
                driverR[a][b] = complete.r()[a + 1][b + 1];
            }
        }
        DriverScreen.Result screen = DriverScreen.screen(driverR, constant);
        List<Integer> kept = screen.kept();
        int k = kept.size();
        if (k == 0) {
            throw InvalidInputException.of("driverQuestions", "every driver is constant among the complete responses: nothing can explain the outcome");
        }
        if (n < k + MARGIN) {
            throw tooFew(n, k);
        }
        RealMatrix among = new Array2DRowRealMatrix(k, k);
        double[] withOutcome = new double[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                among.setEntry(a, b, driverR[kept.get(a)][kept.get(b)]);
            }
            withOutcome[a] = complete.r()[0][kept.get(a) + 1];
        }
        RelativeWeights.Result weights = RelativeWeights.of(among, withOutcome);
        StandardisedRegression.Result ols = StandardisedRegression.fit(among, withOutcome, n);
        double[] performance = new double[k];
        double averagePerformance = 0;
        double[] mean = new double[k];
        long[] answered = new long[k];
        for (int a = 0; a < k; a++) {
            int column = kept.get(a) + 1;
            double sum = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[column])) {
                    sum += row[column];
                    answered[a]++;
                }
            }
            mean[a] = sum / answered[a];
            Scale scale = scales.get(column);
            performance[a] = (mean[a] - scale.min()) / (scale.max() - scale.min());
            averagePerformance += performance[a] / k;
        }
        double averageImportance = 100.0 / k;
        List<DriverFit> drivers = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            drivers.add(new DriverFit(kept.get(a) + 1, answered[a], mean[a], performance[a], weights.raw()[a], weights.percent()[a], ols.beta()[a],
                    ols.standardError()[a], ols.pValue()[a], ols.vif()[a],
                    Quadrant.of(weights.percent()[a] >= averageImportance, performance[a] >= averagePerformance)));
        }
        double adjusted = 1 - (1 - weights.rSquared()) * (n - 1) / (n - k - 1);
        return new Fit(n, weights.rSquared(), adjusted, ols.df(), drivers, screen.dropped(), pairwise, averageImportance, averagePerformance);
    }

    private static InvalidInputException tooFew(long n, int drivers) {
        return InvalidInputException.of("from", "only " + n + " responses in the period answered the outcome and every driver; " + drivers
                + " drivers need at least " + (drivers + MARGIN) + " (drivers + " + MARGIN + "): widen the period or choose fewer drivers");
    }
}
