package org.hamsafar.analytics.forecast;

/**
 * Accuracy of forecasts against what happened (FPP3 §5.8): mean absolute error, root mean squared
 * error, mean absolute percentage error (over actual values other than 0; null when all were 0) and
 * symmetric MAPE, 200|y − ŷ| / (|y| + |ŷ|) averaged over pairs where that denominator is not 0
 * (Makridakis 1993; null when none). MAPE and sMAPE are in per cent. {@code count} pairs compared.
 */
record ForecastErrors(int count, double mae, double rmse, Double mape, Double smape) {

    /** Accumulates pairs of (actual, forecast); pairs with a missing actual or no forecast (NaN) are skipped. */
    static final class Tally {
        private int count;
        private double absolute;
        private double squared;
        private int percentCount;
        private double percent;
        private int symmetricCount;
        private double symmetric;

        void add(double actual, double forecast) {
            if (Double.isNaN(actual) || Double.isNaN(forecast)) {
                return;
            }
            double error = actual - forecast;
            count++;
            absolute += Math.abs(error);
            squared += error * error;
            if (actual != 0) {
                percentCount++;
                percent += 100 * Math.abs(error / actual);
            }
            double denominator = Math.abs(actual) + Math.abs(forecast);
            if (denominator > 0) {
                symmetricCount++;
                symmetric += 200 * Math.abs(error) / denominator;
            }
        }

        int count() {
            return count;
        }

        /** The errors, or null when no pair was compared. */
        ForecastErrors errors() {
            if (count == 0) {
                return null;
            }
            return new ForecastErrors(count, absolute / count, Math.sqrt(squared / count),
                    percentCount == 0 ? null : percent / percentCount, symmetricCount == 0 ? null : symmetric / symmetricCount);
        }
    }
}
