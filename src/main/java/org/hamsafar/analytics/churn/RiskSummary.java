package org.hamsafar.analytics.churn;

/**
 * How the scored customers' risks are distributed: counts in ten bins of width 0.1 and in three
 * bands. The bands are fixed probabilities, not quantiles, so that "high" means the same from one
 * training to the next: low below 0.25, medium 0.25 to 0.5, high from 0.5 (more likely to churn
 * than not).
 */
final class RiskSummary {
    static final double MEDIUM = 0.25;
    static final double HIGH = 0.5;
    final long[] bins = new long[10];
    long low;
    long medium;
    long high;
    double sum;
    long count;

    void add(double risk) {
        bins[Math.min(9, (int) (risk * 10))]++;
        switch (band(risk)) {
            case "high" -> high++;
            case "medium" -> medium++;
            default -> low++;
        }
        sum += risk;
        count++;
    }

    double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    static String band(double risk) {
        return risk >= HIGH ? "high" : risk >= MEDIUM ? "medium" : "low";
    }
}
