package org.hamsafar.analytics.experiments;

import java.util.List;

/**
 * The sample-ratio-mismatch check: are the visitors split across variants as the experiment
 * meant to split them? A chi-square goodness-of-fit test of the observed visitors against the
 * expected weights (Fabijan et al. 2019, "Diagnosing Sample Ratio Mismatch in Online Controlled
 * Experiments", KDD). p &lt; 0.001 flags a mismatch: strict, because the check runs on every
 * experiment and a mismatch means the assignment or the logging is broken, not that a variant won.
 * A flagged experiment's other results should not be trusted.
 */
final class SampleRatioCheck {
    static final double THRESHOLD = 0.001;

    private SampleRatioCheck() {
    }

    /** One variant's observed visitors, the share it was meant to get, and the visitors that share implies. */
    record Share(String name, long observed, double expectedShare, double expected) {
    }

    record Result(List<Share> variants, double chiSquare, int df, double pValue, boolean mismatch, double threshold) {
    }

    /** Names, observed visitors (at least one in total) and positive weights, all in the same order. */
    static Result check(List<String> names, long[] observed, double[] weights) {
        ChiSquareTest.Result test = ChiSquareTest.goodnessOfFit(observed, weights);
        double totalWeight = 0;
        long total = 0;
        for (int i = 0; i < observed.length; i++) {
            totalWeight += weights[i];
            total += observed[i];
        }
        Share[] shares = new Share[observed.length];
        for (int i = 0; i < observed.length; i++) {
            double share = weights[i] / totalWeight;
            shares[i] = new Share(names.get(i), observed[i], share, share * total);
        }
        return new Result(List.of(shares), test.statistic(), test.df(), test.pValue(), test.pValue() < THRESHOLD, THRESHOLD);
    }
}
