package org.hamsafar.analytics.basket;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * The frequent itemsets of some baskets with their basket counts: what FP-growth found, kept so
 * that rule generation can look up the count of any subset (every subset of a frequent itemset is
 * frequent, so the lookup always succeeds).
 */
final class FrequentItemsets {
    private final Map<Itemset, Integer> counts = new HashMap<>();
    private final int baskets;
    private final int minCount;
    private int longest;

    private FrequentItemsets(int baskets, int minCount) {
        this.baskets = baskets;
        this.minCount = minCount;
    }

    /**
     * Mines {@code baskets} with FP-growth: itemsets in at least {@code minCount} baskets, of at
     * most {@code maxLength} items. Stops with {@link TooManyItemsets} past {@code maxItemsets}.
     */
    static FrequentItemsets mine(Baskets baskets, int minCount, int maxLength, int maxItemsets) {
        FrequentItemsets found = new FrequentItemsets(baskets.size(), minCount);
        int[] rankedItems = FpGrowth.rankItems(baskets, minCount);
        if (rankedItems.length == 0) {
            return found;
        }
        FpTree tree = FpGrowth.tree(baskets, rankedItems);
        FpGrowth.mine(tree, minCount, maxLength, (ranks, length, count) -> {
            if (found.counts.size() >= maxItemsets) {
                throw new TooManyItemsets(maxItemsets);
            }
            int[] items = new int[length];
            for (int i = 0; i < length; i++) {
                items[i] = rankedItems[ranks[i]];
            }
            Arrays.sort(items);
            found.counts.put(new Itemset(items), count);
            found.longest = Math.max(found.longest, length);
        });
        return found;
    }

    int baskets() {
        return baskets;
    }

    int minCount() {
        return minCount;
    }

    int size() {
        return counts.size();
    }

    int longest() {
        return longest;
    }

    /** The basket count of a frequent itemset; -1 when it is not one. */
    int count(int... sortedItems) {
        Integer count = counts.get(new Itemset(sortedItems));
        return count == null ? -1 : count;
    }

    void forEach(ObjIntConsumer<Itemset> action) {
        counts.forEach(action::accept);
    }

    /** How many frequent itemsets have each length: {@code result[k]} for k items. */
    int[] sizesByLength() {
        int[] sizes = new int[longest + 1];
        counts.keySet().forEach(set -> sizes[set.size()]++);
        return sizes;
    }
}
