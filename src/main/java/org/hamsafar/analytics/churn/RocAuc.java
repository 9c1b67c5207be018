package org.hamsafar.analytics.churn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The area under the ROC curve as the Mann-Whitney statistic (Hanley and McNeil 1982, "The meaning
 * and use of the area under a ROC curve", Radiology 143, eq. 2): the probability that a random
 * positive scores above a random negative, ties counting one half,
 * AUC = sum over positives p of (#negatives below p + #negatives equal to p / 2) / (n+ n-),
 * the same number as the mid-rank form (R+ - n+(n+ + 1)/2) / (n+ n-). Computed by sorting the
 * positives' and the negatives' scores apart (primitive sorts) and walking both once.
 */
final class RocAuc {
    private RocAuc() {
    }

    /** One point of the ROC curve: the rates when everything scoring at least {@code threshold} is called positive. */
    record Point(double falsePositiveRate, double truePositiveRate, double threshold) {
    }

    /** The AUC of {@code scores} against {@code labels} (same length); NaN when either class is absent. */
    static double auc(double[] scores, boolean[] labels) {
        double[][] split = sortedByClass(scores, labels);
        double[] pos = split[0];
        double[] neg = split[1];
        if (pos.length == 0 || neg.length == 0) {
            return Double.NaN;
        }
        double wins = 0;
        int below = 0;
        int i = 0;
        while (i < pos.length) {
            double s = pos[i];
            int same = 0;
            while (i + same < pos.length && pos[i + same] == s) {
                same++;
            }
            while (below < neg.length && neg[below] < s) {
                below++;
            }
            int equal = 0;
            while (below + equal < neg.length && neg[below + equal] == s) {
                equal++;
            }
            wins += same * (below + equal / 2.0);
            i += same;
        }
        return wins / ((double) pos.length * neg.length);
    }

    /**
     * The ROC curve from (0, 0) to (1, 1), one point per distinct score (a tie moves both rates at
     * once), thinned to at most {@code maxPoints} points for drawing.
     */
    static List<Point> curve(double[] scores, boolean[] labels, int maxPoints) {
        double[][] split = sortedByClass(scores, labels);
        double[] pos = split[0];
        double[] neg = split[1];
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, 0, Double.POSITIVE_INFINITY));
        int p = pos.length - 1;
        int q = neg.length - 1;
        while (p >= 0 || q >= 0) {
            double threshold = Math.max(p >= 0 ? pos[p] : Double.NEGATIVE_INFINITY, q >= 0 ? neg[q] : Double.NEGATIVE_INFINITY);
            while (p >= 0 && pos[p] == threshold) {
                p--;
            }
            while (q >= 0 && neg[q] == threshold) {
                q--;
            }
            points.add(new Point(neg.length == 0 ? 0 : (double) (neg.length - 1 - q) / neg.length,
                    pos.length == 0 ? 0 : (double) (pos.length - 1 - p) / pos.length, threshold));
        }
        if (points.size() <= maxPoints) {
            return points;
        }
        List<Point> thinned = new ArrayList<>();
        double step = (points.size() - 1) / (double) (maxPoints - 1);
        for (int k = 0; k < maxPoints; k++) {
            thinned.add(points.get((int) Math.round(k * step)));
        }
        return thinned;
    }

    /** The positives' scores and the negatives' scores, each ascending. */
    private static double[][] sortedByClass(double[] scores, boolean[] labels) {
        int positives = 0;
        for (boolean label : labels) {
            positives += label ? 1 : 0;
        }
        double[] pos = new double[positives];
        double[] neg = new double[scores.length - positives];
        int i = 0;
        int j = 0;
        for (int k = 0; k < scores.length; k++) {
            if (labels[k]) {
                pos[i++] = scores[k];
            } else {
                neg[j++] = scores[k];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        return new double[][] {pos, neg};
    }
}
