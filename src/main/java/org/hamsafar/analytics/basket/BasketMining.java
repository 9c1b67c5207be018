package org.hamsafar.analytics.basket;

/**
 * Association rules of market baskets: frequent itemsets by FP-growth, then the rules that reach
 * the minimum confidence and lift. Pure computation; no store.
 */
public final class BasketMining {
    private BasketMining() {
    }

    /** @throws TooManyItemsets when the frequent itemsets outgrow {@code options.maxItemsets()} */
    public static MiningResult mine(Baskets baskets, MiningOptions options) {
        int minCount = options.minCount(baskets.size());
        FrequentItemsets itemsets = FrequentItemsets.mine(baskets, minCount, options.maxLength(), options.maxItemsets());
        return new MiningResult(itemsets, RuleGenerator.generate(itemsets, options));
    }
}
