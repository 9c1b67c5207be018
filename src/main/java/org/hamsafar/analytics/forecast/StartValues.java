package org.hamsafar.analytics.forecast;

/**
 * The state from which the recursions start: level and trend just before observation
 * {@code firstFitted} (0-based), and {@code season[j]}, the seasonal index of observation
 * {@code firstFitted + j} for j in 0..m−1.
 *
 * <p>Seasonal models start by a classical decomposition of the first two seasons (Meyer 2002, the
 * start of R's {@code stats::HoltWinters}; a simpler cousin of Hyndman et al. 2008 §2.6.1): the
 * centred moving average of order m (2×m for even m) gives the trend-cycle; the mean of each
 * season position's ratio to it (multiplicative) or difference from it (additive), normalised to
 * average 1 or 0, gives the seasonal indices; a least-squares line through the trend-cycle values,
 * numbered 1, 2, ..., gives the slope (trend) and its intercept (level). Fitting starts at the
 * second season, so the first m observations have no one-step forecast. Holt's method without a
 * season starts from ℓ = y<sub>2</sub> and b = y<sub>2</sub> − y<sub>1</sub> and fits from the
 * third observation (FPP2 §7.2). Missing observations (NaN) in the start window are interpolated
 * linearly for the start values only.
 */
record StartValues(int firstFitted, double level, double trend, double[] season) {

    static StartValues of(double[] y, ModelSpec spec) {
        if (y.length < spec.minimumLength()) {
            throw new IllegalArgumentException("needs at least " + spec.minimumLength() + " observations");
        }
        if (!spec.seasonal()) {
            double[] head = SeriesGaps.interpolated(y, 2);
            return new StartValues(2, head[1], head[1] - head[0], new double[0]);
        }
        int m = spec.period();
        double[] window = SeriesGaps.interpolated(y, 2 * m);
        double[] trendCycle = centredMovingAverage(window, m);
        int first = m / 2;
        int count = trendCycle.length;
        boolean multiplicative = spec.form() == SeasonalForm.MULTIPLICATIVE;
        double[] sums = new double[m];
        int[] counts = new int[m];
        for (int i = 0; i < count; i++) {
            int t = first + i;
            double detrended = multiplicative ? window[t] / trendCycle[i] : window[t] - trendCycle[i];
            sums[t % m] += detrended;
            counts[t % m]++;
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int j = 0; j < m; j++) {
            figure[j] = sums[j] / counts[j];
            mean += figure[j] / m;
        }
        for (int j = 0; j < m; j++) {
            figure[j] = multiplicative ? figure[j] / mean : figure[j] - mean;
        }
        // Least squares of the trend-cycle values on x = 1..count.
        double meanX = (count + 1) / 2.0;
        double meanY = 0;
        for (double v : trendCycle) {
            meanY += v / count;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < count; i++) {
            double dx = i + 1 - meanX;
            sxy += dx * (trendCycle[i] - meanY);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        // Observation m + j sits at season position j: figure[j] is its starting index.
        return new StartValues(m, intercept, slope, figure);
    }

    /**
     * The centred moving average of order m over {@code x}: for odd m the mean of the m values
     * around t; for even m the 2×m average (half weights at both ends). Value i belongs to
     * observation m/2 + i (integer division); there are {@code x.length − 2(m/2)} of them for even
     * m and {@code x.length − 2((m−1)/2)} for odd m.
     */
    static double[] centredMovingAverage(double[] x, int m) {
        int half = m / 2;
        boolean even = m % 2 == 0;
        int first = even ? half : (m - 1) / 2;
        int last = x.length - 1 - first;
        double[] out = new double[last - first + 1];
        for (int t = first; t <= last; t++) {
            double sum = 0;
            if (even) {
                sum += 0.5 * x[t - half] + 0.5 * x[t + half];
                for (int k = t - half + 1; k <= t + half - 1; k++) {
                    sum += x[k];
                }
            } else {
                for (int k = t - first; k <= t + first; k++) {
                    sum += x[k];
                }
            }
            out[t - first] = sum / m;
        }
        return out;
    }
}
