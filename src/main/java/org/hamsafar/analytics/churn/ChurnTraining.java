package org.hamsafar.analytics.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.hamsafar.analytics.jobs.JobProgress;

/**
 * Trains the churn model on labelled rows and measures it honestly: a stratified 20 % holdout is
 * set aside first; C is chosen (when not given) from a grid by stratified k-fold cross-validated
 * AUC on the other 80 %, with the one-standard-error rule (on a stratified sample of at most
 * {@code maxTuningRows} of them, which at a million customers keeps the grid affordable and
 * changes the AUC estimate by far less than its sd); the model fitted on the 80 % is scored on the
 * holdout; the model used for scoring is then refitted on every labelled row with the chosen C.
 * Every column is standardised, so the coefficients compare.
 */
public final class ChurnTraining {
    static final int MIN_ROWS = 50;
    static final int MIN_PER_CLASS = 10;
    static final double[] C_GRID = {0.01, 0.1, 1, 10};

    private ChurnTraining() {
    }

    /** How to train: a fixed {@code c} or null to choose from {@link #C_GRID}. */
    public record Options(Double c, int folds, long seed, int maxTuningRows) {
    }

    /** Mean and sd (divisor k) of the fold AUCs for one C. */
    public record GridPoint(double c, double aucMean, double aucSd) {
    }

    /**
     * A trained model with its measurements; {@code columns} and {@code fit} are the final model on
     * every labelled row, the other figures come from the tuning and holdout fits.
     */
    public record Trained(List<String> names, Standardisation columns, LogisticFit fit, double c, List<GridPoint> grid, CrossValidatedAuc cv,
                   int cvRows, double holdoutAuc, double holdoutAccuracy, int holdoutRows, List<RocAuc.Point> roc, long churned, long retained) {

        /** The names of the columns the model uses, in coefficient order. */
        public List<String> keptNames() {
            return Arrays.stream(columns.kept()).mapToObj(names::get).toList();
        }

        List<String> droppedNames() {
            return Arrays.stream(columns.dropped()).mapToObj(names::get).toList();
        }

        /** Working space for {@link #probability}: one slot per column the model uses. */
        public double[] scratch() {
            return new double[columns.size()];
        }

        public int newtonIterations() {
            return fit.iterations();
        }

        public double cvAucMean() {
            return cv.mean();
        }

        public double cvAucSd() {
            return cv.sd();
        }

        public double probability(double[] raw, double[] scratch) {
            columns.apply(raw, scratch);
            return LogisticFit.sigmoid(fit.eta(scratch));
        }
    }

    /** Trains on rows {@code x} labelled {@code churned}; throws {@link AnalysisFailure} on too little or degenerate data. */
    public static Trained train(List<String> names, double[][] x, boolean[] churned, Options options, JobProgress progress) {
        long positives = 0;
        for (boolean c : churned) {
            positives += c ? 1 : 0;
        }
        long negatives = churned.length - positives;
        if (churned.length < MIN_ROWS || positives < MIN_PER_CLASS || negatives < MIN_PER_CLASS) {
            throw new AnalysisFailure("too few customers to train on: " + churned.length + " with activity before the cutoff (" + positives
                    + " churned, " + negatives + " stayed); at least " + MIN_ROWS + " are needed, " + MIN_PER_CLASS + " of each");
        }
        Folds holdoutFolds = Folds.stratified(churned, 5, options.seed());
        int[] holdout = holdoutFolds.test(0);
        int[] train = holdoutFolds.train(0);
        int[] tuning = sample(train, churned, options.maxTuningRows(), options.seed());
        boolean[] tuningLabels = CrossValidatedAuc.labels(churned, tuning);
        Folds folds = Folds.stratified(tuningLabels, options.folds(), options.seed() + 1);
        boolean[] standardise = new boolean[names.size()];
        Arrays.fill(standardise, true);

        double[] grid = options.c() != null ? new double[] {options.c()} : C_GRID;
        List<GridPoint> points = new ArrayList<>();
        List<CrossValidatedAuc> results = new ArrayList<>();
        for (int g = 0; g < grid.length; g++) {
            progress.report(0.35 + 0.35 * g / grid.length, "cross-validating C = " + grid[g]);
            CrossValidatedAuc cv = CrossValidatedAuc.of(x, churned, tuning, folds, standardise, grid[g]);
            if (!cv.converged()) {
                throw notConverged(grid[g]);
            }
            points.add(new GridPoint(grid[g], cv.mean(), cv.sd()));
            results.add(cv);
        }
        int chosen = oneStandardError(results);
        CrossValidatedAuc best = results.get(chosen);
        double bestC = grid[chosen];
        progress.report(0.72, "scoring the holdout");
        Standardisation trainColumns = Standardisation.fit(x, train, standardise);
        LogisticFit trainFit = LogisticRegression.fit(x, churned, train, trainColumns, bestC, null);
        if (!trainFit.converged()) {
            throw notConverged(bestC);
        }
        double[] p = Scoring.probabilities(x, holdout, trainColumns, trainFit);
        boolean[] holdoutLabels = CrossValidatedAuc.labels(churned, holdout);
        progress.report(0.78, "fitting the final model");
        int[] all = IntStream.range(0, churned.length).toArray();
        Standardisation columns = Standardisation.fit(x, all, standardise);
        LogisticFit fit = LogisticRegression.fit(x, churned, all, columns, bestC, trainFit);
        if (!fit.converged()) {
            throw notConverged(bestC);
        }
        return new Trained(names, columns, fit, bestC, points, best, tuning.length, RocAuc.auc(p, holdoutLabels),
                Scoring.accuracy(p, holdoutLabels), holdout.length, RocAuc.curve(p, holdoutLabels, 101), positives, negatives);
    }

    /**
     * The one-standard-error rule (Hastie, Tibshirani and Friedman 2009, "The Elements of Statistical
     * Learning", section 7.10): the strongest penalty (smallest C; the grid ascends) whose mean AUC is
     * within one standard error (sd / sqrt(k)) of the best mean. Differences smaller than that are
     * noise, and the stronger penalty keeps correlated features (a customer's mean and latest CSAT)
     * from taking large weights of opposite sign, which would make poor explanations.
     */
    static int oneStandardError(List<CrossValidatedAuc> results) {
        int best = 0;
        for (int g = 1; g < results.size(); g++) {
            if (results.get(g).mean() > results.get(best).mean()) {
                best = g;
            }
        }
        CrossValidatedAuc top = results.get(best);
        double floor = top.mean() - top.sd() / Math.sqrt(top.aucs().length);
        for (int g = 0; g < best; g++) {
            if (results.get(g).mean() >= floor) {
                return g;
            }
        }
        return best;
    }

    private static AnalysisFailure notConverged(double c) {
        return new AnalysisFailure("the logistic regression did not converge with C = " + c + " within " + LogisticRegression.MAX_ITERATIONS
                + " Newton steps (the classes may be separable by some feature); give a smaller C");
    }

    /** All of {@code rows}, or a stratified random sample of {@code max} of them. */
    static int[] sample(int[] rows, boolean[] labels, int max, long seed) {
        if (rows.length <= max) {
            return rows;
        }
        SplittableRandom random = new SplittableRandom(seed);
        long positives = Arrays.stream(rows).filter(r -> labels[r]).count();
        long takePositives = Math.round((double) max * positives / rows.length);
        List<Integer> picked = new ArrayList<>();
        for (boolean cls : new boolean[] {true, false}) {
            int[] members = Arrays.stream(rows).filter(r -> labels[r] == cls).toArray();
            long take = cls ? takePositives : max - takePositives;
            // partial Fisher-Yates: the first `take` of a uniformly shuffled copy
            for (int i = 0; i < take; i++) {
                int j = i + random.nextInt(members.length - i);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
                picked.add(members[i]);
            }
        }
        return picked.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
