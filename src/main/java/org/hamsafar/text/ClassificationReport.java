package org.hamsafar.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy, macro-averaged F1 and the confusion matrix of predicted against true labels, over
 * the given classes only (macro-F1 is the unweighted mean of the per-class F1 scores, the measure
 * that does not let a majority class hide a poor minority one).
 */
final class ClassificationReport {

    private final List<SentimentLabel> classes;
    private final long[][] confusion; // [actual][predicted], indices into classes

    ClassificationReport(List<SentimentLabel> classes) {
        this.classes = List.copyOf(classes);
        this.confusion = new long[classes.size()][classes.size()];
    }

    void add(SentimentLabel actual, SentimentLabel predicted) {
        confusion[classes.indexOf(actual)][classes.indexOf(predicted)]++;
    }

    long total() {
        long total = 0;
        for (long[] row : confusion) {
            for (long n : row) {
                total += n;
            }
        }
        return total;
    }

    double accuracy() {
        long right = 0;
        for (int i = 0; i < classes.size(); i++) {
            right += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    double precision(int c) {
        long predicted = 0;
        for (long[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    double recall(int c) {
        long actual = 0;
        for (long n : confusion[c]) {
            actual += n;
        }
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double macroF1() {
        double sum = 0;
        for (int c = 0; c < classes.size(); c++) {
            sum += f1(c);
        }
        return sum / classes.size();
    }

    /** The report as ordered maps and numbers, ready to print as JSON. */
    Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", total());
        out.put("accuracy", round(accuracy()));
        out.put("macroF1", round(macroF1()));
        Map<String, Object> perClass = new LinkedHashMap<>();
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", round(precision(c)));
            m.put("recall", round(recall(c)));
            m.put("f1", round(f1(c)));
            perClass.put(classes.get(c).code(), m);
            Map<String, Long> row = new LinkedHashMap<>();
            for (int p = 0; p < classes.size(); p++) {
                row.put(classes.get(p).code(), confusion[c][p]);
            }
            matrix.put(classes.get(c).code(), row);
        }
        out.put("perClass", perClass);
        out.put("confusion", Map.of("rowsAreActual", true, "matrix", matrix));
        return out;
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    /** Pearson's correlation coefficient of two equally long series. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
