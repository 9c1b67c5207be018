package org.hamsafar.analytics.basket;

/**
 * What to mine: itemsets in at least {@code minSupport} of the baskets (count ≥ minSupport × N, as
 * arules counts), rules whose confidence and lift reach their minimum, itemsets of at most
 * {@code maxLength} items, consequents of one item or of any size, and the {@code maxRules} rules of
 * highest lift. Mining stops past {@code maxItemsets} frequent itemsets.
 */
public record MiningOptions(double minSupport, double minConfidence, double minLift, int maxLength, Consequent consequent, int maxRules,
                            int maxItemsets) {
    /** The longest itemset allowed: rules with any consequent split each itemset 2^k − 2 ways. */
    public static final int LONGEST = 20;
    /** arules' default longest itemset. */
    public static final int DEFAULT_MAX_LENGTH = 10;
    public static final int DEFAULT_MAX_RULES = 1000;
    public static final int DEFAULT_MAX_ITEMSETS = 1_000_000;

    /** How many items a rule's right-hand side may hold: one (as arules) or any number (as mlxtend). */
    public enum Consequent {
        SINGLE, ANY
    }

    public MiningOptions {
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("minSupport must be in (0, 1]");
        }
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in (0, 1]");
        }
        if (!(minLift >= 0) || Double.isInfinite(minLift)) {
            throw new IllegalArgumentException("minLift must be 0 or more");
        }
        if (maxLength < 1 || maxLength > LONGEST) {
            throw new IllegalArgumentException("maxLength must be 1 to " + LONGEST);
        }
        if (consequent == null) {
            throw new IllegalArgumentException("consequent is required");
        }
        if (maxRules < 1 || maxItemsets < 1) {
            throw new IllegalArgumentException("maxRules and maxItemsets must be positive");
        }
    }

    /** arules' defaults around the given thresholds: single-item consequents, any lift, itemsets of up to 10 items. */
    public static MiningOptions of(double minSupport, double minConfidence) {
        return new MiningOptions(minSupport, minConfidence, 0, DEFAULT_MAX_LENGTH, Consequent.SINGLE, DEFAULT_MAX_RULES, DEFAULT_MAX_ITEMSETS);
    }

    public MiningOptions withConsequent(Consequent size) {
        return new MiningOptions(minSupport, minConfidence, minLift, maxLength, size, maxRules, maxItemsets);
    }

    public MiningOptions withMaxRules(int rules) {
        return new MiningOptions(minSupport, minConfidence, minLift, maxLength, consequent, rules, maxItemsets);
    }

    /**
     * The least basket count of a frequent itemset among {@code baskets}: the smallest integer
     * ≥ minSupport × N. The small allowance keeps 0.6 × 5 at 3 when the product rounds to 3.0000000000000004.
     */
    public int minCount(int baskets) {
        return (int) Math.max(1, Math.ceil(minSupport * baskets - 1e-9));
    }
}
