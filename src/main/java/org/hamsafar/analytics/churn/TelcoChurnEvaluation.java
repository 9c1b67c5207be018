package org.hamsafar.analytics.churn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The churn model on the IBM Telco table under the published protocol (mlbookcamp, chapters 3-4):
 * scikit-learn's {@code train_test_split(test_size=0.2, random_state=1)}, then of that 80 %
 * {@code train_test_split(test_size=0.33, random_state=11)} into training and validation (both
 * reproduced exactly: numpy's MT19937 permutation); C chosen by 5-fold {@code KFold(shuffle=True,
 * random_state=1)} AUC on the 80 % from the published grid; 10-fold CV AUC on the 80 %; the model
 * refitted on the 80 % and scored on the 20 % test part. The published model is scikit-learn's
 * liblinear logistic regression on unscaled features (which also penalises the intercept); this one
 * standardises the three numeric columns and leaves the intercept unpenalised, so the figures are
 * close to, not identical with, the published ones.
 */
public final class TelcoChurnEvaluation {
    /** The published grid of C (mlbookcamp chapter 4), whose best was 0.5. */
    static final double[] C_GRID = {0.001, 0.01, 0.1, 0.5, 1, 10};
    static final double PUBLISHED_C = 0.5;

    private TelcoChurnEvaluation() {
    }

    /** Runs the protocol on {@code folder}/Telco-Customer-Churn.csv and returns the figures. */
    public static Map<String, Object> run(Path folder) throws IOException {
        int n = TelcoChurnData.count(folder);
        RowSplit outer = RowSplit.shuffled(n, 0.2, 1);
        int[] fullTrain = outer.train();
        int[] test = outer.test();
        RowSplit inner = RowSplit.shuffled(fullTrain.length, 0.33, 11).of(fullTrain);
        TelcoChurnData data = TelcoChurnData.read(folder, fullTrain);
        double[][] x = data.x();
        boolean[] y = data.y();

        Map<String, Object> tuning = new LinkedHashMap<>();
        double bestC = C_GRID[0];
        double bestAuc = -1;
        Folds five = Folds.shuffled(fullTrain.length, 5, 1);
        for (double c : C_GRID) {
            CrossValidatedAuc cv = CrossValidatedAuc.of(x, y, fullTrain, five, data.standardise(), c);
            tuning.put(String.valueOf(c), round(cv.mean()));
            if (cv.mean() > bestAuc) {
                bestAuc = cv.mean();
                bestC = c;
            }
        }

        Evaluated validation = evaluate(data, inner.train(), inner.test(), bestC);
        Evaluated publishedC = evaluate(data, fullTrain, test, PUBLISHED_C);
        CrossValidatedAuc tenFold = CrossValidatedAuc.of(x, y, fullTrain, Folds.shuffled(fullTrain.length, 10, 1), data.standardise(), bestC);
        Evaluated held = evaluate(data, fullTrain, test, bestC);

        double[] repeated = new double[20];
        for (int seed = 1; seed <= repeated.length; seed++) {
            RowSplit split = RowSplit.shuffled(n, 0.2, seed);
            repeated[seed - 1] = evaluate(data, split.train(), split.test(), bestC).auc;
        }

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("protocol", "80/20 split as train_test_split(random_state=1), then 67/33 of the 80 % as train_test_split(random_state=11);"
                + " numpy MT19937 permutations reproduced exactly; one-hot features, TotalCharges blank -> 0; numeric columns standardised on the"
                + " training part; L2 logistic regression (intercept unpenalised) by Newton's method");
        result.put("customers", n);
        result.put("sizes", ordered("train", inner.train().length, "validation", inner.test().length, "fullTrain", fullTrain.length,
                "test", test.length));
        result.put("features", data.names().size());
        result.put("cGrid5FoldAuc", tuning);
        result.put("chosenC", bestC);
        result.put("validation", ordered("accuracy", round(validation.accuracy), "auc", round(validation.auc),
                "majorityAccuracy", round(majority(y, inner.test()))));
        result.put("crossValidation", ordered("folds", 10, "aucMean", round(tenFold.mean()), "aucSd", round(tenFold.sd()),
                "foldAucs", Arrays.stream(tenFold.aucs()).map(TelcoChurnEvaluation::round).toArray()));
        result.put("test", ordered("accuracy", round(held.accuracy), "auc", round(held.auc), "majorityAccuracy", round(majority(y, test)),
                "converged", held.fit.converged(), "newtonIterations", held.fit.iterations(), "aucAtPublishedC", round(publishedC.auc)));
        double mean = Arrays.stream(repeated).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(repeated).map(a -> (a - mean) * (a - mean)).sum() / (repeated.length - 1));
        result.put("repeatedSplits", ordered("splits", "20 x train_test_split(test_size=0.2, random_state=1..20), C as chosen",
                "testAucMean", round(mean), "testAucSd", round(sd)));
        result.put("topCoefficients", topCoefficients(data.names(), held, 10));
        result.put("published", ordered("validationAccuracy", 0.802, "validationAuc", 0.836, "cvAuc", "0.842 +- 0.012",
                "testAuc", 0.858, "c", 0.5, "majorityAccuracy", 0.739,
                "note", "scikit-learn LogisticRegression(solver='liblinear') on unscaled one-hot features; validation at C=1"));
        return result;
    }

    record Evaluated(double accuracy, double auc, LogisticFit fit, Standardisation columns) {
    }

    /** The model fitted on the published 80 % with {@code c} and scored on the 20 % test part. */
    static Evaluated test(Path folder, double c) throws IOException {
        RowSplit outer = RowSplit.shuffled(TelcoChurnData.count(folder), 0.2, 1);
        return evaluate(TelcoChurnData.read(folder, outer.train()), outer.train(), outer.test(), c);
    }

    static Evaluated evaluate(TelcoChurnData data, int[] train, int[] test, double c) {
        Standardisation columns = Standardisation.fit(data.x(), train, data.standardise());
        LogisticFit fit = LogisticRegression.fit(data.x(), data.y(), train, columns, c, null);
        double[] p = Scoring.probabilities(data.x(), test, columns, fit);
        boolean[] labels = CrossValidatedAuc.labels(data.y(), test);
        return new Evaluated(Scoring.accuracy(p, labels), RocAuc.auc(p, labels), fit, columns);
    }

    private static double majority(boolean[] y, int[] rows) {
        long positives = Arrays.stream(rows).filter(r -> y[r]).count();
        return Math.max(positives, rows.length - positives) / (double) rows.length;
    }

    private static List<Map<String, Object>> topCoefficients(List<String> names, Evaluated model, int limit) {
        List<Map<String, Object>> coefficients = new ArrayList<>();
        int[] kept = model.columns.kept();
        for (int k = 0; k < kept.length; k++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("feature", names.get(kept[k]));
            c.put("coefficient", round(model.fit.weights()[k]));
            coefficients.add(c);
        }
        coefficients.sort(Comparator.comparingDouble(c -> -Math.abs((double) c.get("coefficient"))));
        return coefficients.subList(0, Math.min(limit, coefficients.size()));
    }

    /** A map keeping the order of its keys, from key-value pairs. */
    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
