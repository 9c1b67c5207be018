package org.hamsafar.analytics.basket;

/**
 * A rule A → C found in {@code baskets} baskets: {@code count} hold A and C together,
 * {@code antecedentCount} hold A, {@code consequentCount} hold C. Item ids are sorted ascending.
 * The measures are computed from these counts, with the definitions of mlxtend's
 * {@code association_rules} (support, confidence: Agrawal, Imieliński &amp; Swami 1993; lift and
 * conviction: Brin, Motwani, Ullman &amp; Tsur 1997; leverage: Piatetsky-Shapiro 1991; Zhang's
 * metric: Zhang 2000; Jaccard, certainty factor and Kulczynski as in Wu, Chen &amp; Han 2010).
 */
public record AssociationRule(int[] antecedent, int[] consequent, int count, int antecedentCount, int consequentCount, int baskets) {

    /** P(A ∪ C): the share of baskets holding every item of the rule. */
    public double support() {
        return (double) count / baskets;
    }

    public double antecedentSupport() {
        return (double) antecedentCount / baskets;
    }

    public double consequentSupport() {
        return (double) consequentCount / baskets;
    }

    /** P(C | A). */
    public double confidence() {
        return (double) count / antecedentCount;
    }

    /** confidence / P(C): above 1 when A makes C more likely than it is on its own. */
    public double lift() {
        return (double) count * baskets / ((double) antecedentCount * consequentCount);
    }

    /** P(A ∪ C) − P(A) P(C), in -0.25..0.25. */
    public double leverage() {
        return support() - antecedentSupport() * consequentSupport();
    }

    /** (1 − P(C)) / (1 − confidence); infinite when the confidence is 1 (the rule never fails). */
    public double conviction() {
        if (count == antecedentCount) {
            return Double.POSITIVE_INFINITY;
        }
        return (1 - consequentSupport()) / (1 - confidence());
    }

    /** Zhang's metric, in -1..1: leverage / max(P(AC)(1 − P(A)), P(A)(P(C) − P(AC))); 0 when that is 0. */
    public double zhang() {
        double sA = antecedentSupport();
        double denominator = Math.max(support() * (1 - sA), sA * (consequentSupport() - support()));
        return denominator == 0 ? 0 : leverage() / denominator;
    }

    /** P(AC) / (P(A) + P(C) − P(AC)). */
    public double jaccard() {
        return (double) count / (antecedentCount + consequentCount - count);
    }

    /** Certainty factor (confidence − P(C)) / (1 − P(C)); 0 when P(C) is 1. */
    public double certainty() {
        return consequentCount == baskets ? 0 : (confidence() - consequentSupport()) / (1 - consequentSupport());
    }

    /** The mean of P(C | A) and P(A | C). */
    public double kulczynski() {
        return ((double) count / antecedentCount + (double) count / consequentCount) / 2;
    }
}
