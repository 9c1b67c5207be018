package org.hamsafar.feedback;

/**
 * Additive counts of a set of answers, from which every metric and its interval follows: sums of
 * tallies are the tally of the union, so days add up to weeks and months without the rows.
 *
 * @param n       answers counted
 * @param high    NPS promoters (9-10) or CSAT satisfied (4-5); 0 for CES
 * @param low     NPS detractors (0-6); 0 otherwise
 * @param sum     sum of the scores (CES); 0 otherwise
 * @param squares sum of the squared scores (CES); 0 otherwise
 */
record MetricTally(long n, long high, long low, long sum, long squares) {
    static final MetricTally EMPTY = new MetricTally(0, 0, 0, 0, 0);

    MetricTally plus(MetricTally other) {
        return new MetricTally(n + other.n, high + other.high, low + other.low, sum + other.sum, squares + other.squares);
    }
}
