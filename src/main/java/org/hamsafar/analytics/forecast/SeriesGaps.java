package org.hamsafar.analytics.forecast;

/** Missing observations (NaN): periods without data, such as a day without survey answers. */
final class SeriesGaps {
    private SeriesGaps() {
    }

    static int observed(double[] y) {
        int n = 0;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The first {@code length} values with each gap filled linearly between its observed
     * neighbours (a gap at either end takes the nearest observed value).
     *
     * @throws IllegalArgumentException when none of them is observed
     */
    static double[] interpolated(double[] y, int length) {
        double[] out = new double[length];
        int previous = -1;
        for (int t = 0; t < length; t++) {
            if (Double.isNaN(y[t])) {
                continue;
            }
            out[t] = y[t];
            if (previous < 0) {
                for (int k = 0; k < t; k++) {
                    out[k] = y[t];
                }
            } else {
                for (int k = previous + 1; k < t; k++) {
                    out[k] = y[previous] + (y[t] - y[previous]) * (k - previous) / (t - previous);
                }
            }
            previous = t;
        }
        if (previous < 0) {
            throw new IllegalArgumentException("no observation among the first " + length);
        }
        for (int k = previous + 1; k < length; k++) {
            out[k] = y[previous];
        }
        return out;
    }
}
