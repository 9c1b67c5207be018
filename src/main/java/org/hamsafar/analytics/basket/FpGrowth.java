package org.hamsafar.analytics.basket;

import java.util.Arrays;

/**
 * FP-growth (Han, Pei &amp; Yin 2000, algorithm 2): every itemset contained in at least
 * {@code minCount} baskets, found without candidate generation by growing patterns from the
 * conditional FP-trees of their suffixes.
 *
 * <p>Pass 1 counts the items and ranks the frequent ones by descending count (ties by item id, so
 * the result does not depend on hash order); pass 2 inserts each basket's frequent items in rank
 * order (algorithm 1). Patterns longer than {@code maxLength} are neither grown nor reported.
 */
final class FpGrowth {
    /** Receives each frequent itemset once, as ranks (any order) and its basket count. */
    interface Sink {
        void itemset(int[] ranks, int length, int count);
    }

    private final int minCount;
    private final int maxLength;
    private final Sink sink;
    private int[] scratch;

    private FpGrowth(int minCount, int maxLength, Sink sink) {
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.sink = sink;
    }

    /** The frequent items of {@code baskets} in rank order: {@code result[rank]} is the item id. */
    static int[] rankItems(Baskets baskets, int minCount) {
        int[] counts = new int[baskets.itemCount()];
        for (long i = 0; i < baskets.itemOccurrences(); i++) {
            counts[baskets.item((int) i)]++;
        }
        return java.util.stream.IntStream.range(0, counts.length)
                .filter(item -> counts[item] >= minCount)
                .boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Builds the FP-tree of {@code baskets} over the ranked items (algorithm 1). */
    static FpTree tree(Baskets baskets, int[] rankedItems) {
        int[] rankOf = new int[baskets.itemCount()];
        Arrays.fill(rankOf, -1);
        for (int rank = 0; rank < rankedItems.length; rank++) {
            rankOf[rankedItems[rank]] = rank;
        }
        FpTree tree = new FpTree(Math.max(1, rankedItems.length), Math.min(1 << 20, baskets.size() + 1));
        int[] path = new int[Math.max(1, rankedItems.length)];
        for (int b = 0; b < baskets.size(); b++) {
            int length = 0;
            for (int i = baskets.start(b); i < baskets.end(b); i++) {
                int rank = rankOf[baskets.item(i)];
                if (rank >= 0) {
                    path[length++] = rank;
                }
            }
            if (length > 0) {
                Arrays.sort(path, 0, length);
                tree.insert(path, length, 1);
            }
        }
        return tree;
    }

    /** Reports every frequent itemset of {@code tree} (ranks) of at most {@code maxLength} items to {@code sink}. */
    static void mine(FpTree tree, int minCount, int maxLength, Sink sink) {
        FpGrowth growth = new FpGrowth(minCount, maxLength, sink);
        growth.scratch = new int[Math.max(1, tree.items())];
        growth.grow(tree, new int[Math.max(1, maxLength)], 0);
    }

    /** FP-growth(Tree, alpha): {@code suffix[0..suffixLength)} is alpha. */
    private void grow(FpTree tree, int[] suffix, int suffixLength) {
        if (tree.singlePath()) {
            combinations(tree, 0, suffix, suffixLength);
            return;
        }
        for (int rank = tree.items() - 1; rank >= 0; rank--) {
            int count = tree.support(rank);
            if (count < minCount) {
                continue;
            }
            suffix[suffixLength] = rank;
            sink.itemset(suffix, suffixLength + 1, count);
            if (suffixLength + 1 < maxLength) {
                FpTree conditional = tree.conditional(rank, minCount, scratch);
                if (conditional != null) {
                    grow(conditional, suffix, suffixLength + 1);
                }
            }
        }
    }

    /**
     * A single path P: every combination beta of its nodes gives beta + alpha with the count of
     * beta's deepest node (the smallest on the path). Combinations are built by choosing nodes from
     * {@code depth} down; {@code suffix[0..length)} holds alpha and the nodes chosen so far.
     */
    private void combinations(FpTree path, int depth, int[] suffix, int length) {
        for (int d = depth; d < path.pathLength() && length < maxLength; d++) {
            int count = path.pathCount(d);
            if (count < minCount) {
                return;
            }
            suffix[length] = path.pathRank(d);
            sink.itemset(suffix, length + 1, count);
            combinations(path, d + 1, suffix, length + 1);
        }
    }
}
