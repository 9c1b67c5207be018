package org.hamsafar.analytics.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What mining found: the number of baskets and the least count of a frequent itemset; the
 * frequent itemsets and how many of each length; the number of rules that passed the thresholds
 * (in total and per rule length, the count of items in A and C) and the best of them by lift.
 */
public final class MiningResult {
    private final FrequentItemsets itemsets;
    private final RuleGenerator.Rules rules;

    MiningResult(FrequentItemsets itemsets, RuleGenerator.Rules rules) {
        this.itemsets = itemsets;
        this.rules = rules;
    }

    public int baskets() {
        return itemsets.baskets();
    }

    public int minCount() {
        return itemsets.minCount();
    }

    public int itemsetCount() {
        return itemsets.size();
    }

    /** {@code result[k]}: frequent itemsets of k items (index 0 unused). */
    public int[] itemsetsByLength() {
        return itemsets.sizesByLength();
    }

    /** Every frequent itemset, most frequent first (ties: shorter first, then by item ids). */
    public List<FrequentItemset> itemsets() {
        List<FrequentItemset> all = new ArrayList<>(itemsets.size());
        itemsets.forEach((set, count) -> all.add(new FrequentItemset(set.items(), count, itemsets.baskets())));
        all.sort(Comparator.comparingInt(FrequentItemset::count).reversed()
                .thenComparingInt(set -> set.items().length)
                .thenComparing((a, b) -> Arrays.compare(a.items(), b.items())));
        return all;
    }

    /** The number of rules that passed every threshold (may exceed {@link #rules()}, which is capped). */
    public long rulesFound() {
        return rules.found();
    }

    /** {@code result[k]}: rules of k items in all (index 0 and 1 unused). */
    public long[] rulesByLength() {
        return rules.byLength().clone();
    }

    /** The best rules, highest lift first, at most the options' {@code maxRules}. */
    public List<AssociationRule> rules() {
        return rules.best();
    }
}
