package org.hamsafar.analytics.basket;

import java.util.Arrays;

/**
 * The frequent-pattern tree of Han, Pei &amp; Yin (2000), section 2: a prefix tree of the baskets'
 * frequent items, each path ordered by descending frequency so that baskets sharing their common
 * items share nodes, with node-links chaining the nodes of each item from a header table.
 *
 * <p>Items are ranks {@code 0..items-1}, rank 0 the most frequent; every path runs from the root
 * in ascending rank. Nodes live in parallel int arrays (no object per node), and a node's child
 * holding an item is found through one open-addressing table keyed by (parent, item).
 */
final class FpTree {
    static final int ROOT = 0;
    private final int items;
    private int[] item;
    private int[] count;
    private int[] parent;
    private int[] link;
    private int size;
    /** Header table: the first node of each item's node-link chain (-1: none), and the item's total count. */
    private final int[] head;
    private final int[] support;
    private boolean singlePath = true;
    private boolean[] hasChild;
    private long[] childKeys;
    private int[] childNodes;
    private int childMask;

    FpTree(int items, int expectedNodes) {
        this.items = items;
        int capacity = Math.max(16, expectedNodes);
        item = new int[capacity];
        count = new int[capacity];
        parent = new int[capacity];
        link = new int[capacity];
        hasChild = new boolean[capacity];
        head = new int[items];
        Arrays.fill(head, -1);
        support = new int[items];
        int slots = Integer.highestOneBit(capacity * 2 - 1) * 2;
        childKeys = new long[slots];
        Arrays.fill(childKeys, -1);
        childNodes = new int[slots];
        childMask = slots - 1;
        item[ROOT] = -1;
        parent[ROOT] = -1;
        size = 1;
    }

    int items() {
        return items;
    }

    int support(int rank) {
        return support[rank];
    }

    /** True when no node has two children: then every combination of its nodes is a pattern (lemma 3.2). */
    boolean singlePath() {
        return singlePath;
    }

    /**
     * Adds a path of {@code length} ranks (ascending) carrying {@code weight} baskets: a basket
     * when building the tree from the data, a prefix path of a conditional pattern base otherwise.
     */
    void insert(int[] ranks, int length, int weight) {
        int node = ROOT;
        for (int i = 0; i < length; i++) {
            int rank = ranks[i];
            int child = child(node, rank);
            if (child < 0) {
                child = newNode(node, rank);
            }
            count[child] += weight;
            support[rank] += weight;
            node = child;
        }
    }

    /**
     * The conditional FP-tree of item {@code rank} (section 3): the prefix paths above each of its
     * nodes, weighted by that node's count (its conditional pattern base), keeping only the items
     * that reach {@code minCount} within the base. Null when none does.
     */
    FpTree conditional(int rank, int minCount, int[] scratch) {
        int[] baseSupport = new int[rank];
        int paths = 0;
        for (int node = head[rank]; node >= 0; node = link[node]) {
            paths++;
            for (int p = parent[node]; p != ROOT; p = parent[p]) {
                baseSupport[item[p]] += count[node];
            }
        }
        boolean any = false;
        for (int r = 0; r < rank && !any; r++) {
            any = baseSupport[r] >= minCount;
        }
        if (!any) {
            return null;
        }
        FpTree tree = new FpTree(rank, paths * 2);
        for (int node = head[rank]; node >= 0; node = link[node]) {
            int length = 0;
            for (int p = parent[node]; p != ROOT; p = parent[p]) {
                if (baseSupport[item[p]] >= minCount) {
                    scratch[length++] = item[p];
                }
            }
            if (length > 0) {
                reverse(scratch, length);
                tree.insert(scratch, length, count[node]);
            }
        }
        return tree;
    }

    /** A single-path tree's nodes from the root down: how many, and each one's rank and count by depth. */
    int pathLength() {
        return size - 1;
    }

    int pathRank(int depth) {
        return item[depth + 1];
    }

    int pathCount(int depth) {
        return count[depth + 1];
    }

    private int child(int node, int rank) {
        long key = (long) node * items + rank;
        int slot = slot(key);
        while (childKeys[slot] != -1) {
            if (childKeys[slot] == key) {
                return childNodes[slot];
            }
            slot = (slot + 1) & childMask;
        }
        return -1;
    }

    private int newNode(int node, int rank) {
        if (size == item.length) {
            grow();
        }
        int created = size++;
        item[created] = rank;
        parent[created] = node;
        link[created] = head[rank];
        head[rank] = created;
        if (hasChild[node]) {
            singlePath = false;
        }
        hasChild[node] = true;
        put((long) node * items + rank, created);
        return created;
    }

    private void put(long key, int node) {
        if (size * 2 > childKeys.length) {
            rehash();
        }
        int slot = slot(key);
        while (childKeys[slot] != -1) {
            slot = (slot + 1) & childMask;
        }
        childKeys[slot] = key;
        childNodes[slot] = node;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & childMask;
    }

    private void grow() {
        int capacity = item.length * 2;
        item = Arrays.copyOf(item, capacity);
        count = Arrays.copyOf(count, capacity);
        parent = Arrays.copyOf(parent, capacity);
        link = Arrays.copyOf(link, capacity);
        hasChild = Arrays.copyOf(hasChild, capacity);
    }

    private void rehash() {
        long[] oldKeys = childKeys;
        int[] oldNodes = childNodes;
        childKeys = new long[oldKeys.length * 2];
        Arrays.fill(childKeys, -1);
        childNodes = new int[oldKeys.length * 2];
        childMask = childKeys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                int slot = slot(oldKeys[i]);
                while (childKeys[slot] != -1) {
                    slot = (slot + 1) & childMask;
                }
                childKeys[slot] = oldKeys[i];
                childNodes[slot] = oldNodes[i];
            }
        }
    }

    private static void reverse(int[] values, int length) {
        for (int i = 0, j = length - 1; i < j; i++, j--) {
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
