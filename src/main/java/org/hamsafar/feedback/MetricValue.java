package org.hamsafar.feedback;

/**
 * A metric over a set of answers, unrounded, with its 95% confidence interval.
 *
 * @param metric     which metric
 * @param n          answers counted
 * @param value      NPS in -100..100, CSAT in 0..100 (per cent), CES the mean on 1..7; null when n = 0
 * @param ciLow      lower bound of the 95% interval in the value's unit; null when n = 0 (CES: n &lt; 2)
 * @param ciHigh     upper bound, likewise
 * @param promoters  NPS answers 9-10 (0 for other metrics)
 * @param passives   NPS answers 7-8 (0 for other metrics)
 * @param detractors NPS answers 0-6 (0 for other metrics)
 * @param satisfied  CSAT answers 4-5 (0 for other metrics)
 * @param sd         CES sample standard deviation; null for other metrics and when n &lt; 2
 */
public record MetricValue(Metric metric, long n, Double value, Double ciLow, Double ciHigh,
                          long promoters, long passives, long detractors, long satisfied, Double sd) {

    static MetricValue of(Metric metric, MetricTally tally) {
        long n = tally.n();
        return switch (metric) {
            case NPS -> {
                Estimate e = NpsCalculator.estimate(n, tally.high(), tally.low());
                yield new MetricValue(metric, n, e.value(), e.ciLow(), e.ciHigh(),
                        tally.high(), n - tally.high() - tally.low(), tally.low(), 0, null);
            }
            case CSAT -> {
                Estimate e = CsatCalculator.estimate(n, tally.high());
                yield new MetricValue(metric, n, e.value(), e.ciLow(), e.ciHigh(), 0, 0, 0, tally.high(), null);
            }
            case CES -> {
                Estimate e = CesCalculator.estimate(n, tally.sum(), tally.squares());
                yield new MetricValue(metric, n, e.value(), e.ciLow(), e.ciHigh(), 0, 0, 0, 0,
                        CesCalculator.sd(n, tally.sum(), tally.squares()));
            }
        };
    }
}
