package org.hamsafar.analytics.basket;

import java.util.Arrays;

/** A set of item ids, sorted ascending; equal by content (a map key). */
final class Itemset {
    private final int[] items;
    private final int hash;

    /** {@code sortedItems} must be ascending without repeats; it is kept, not copied. */
    Itemset(int[] sortedItems) {
        this.items = sortedItems;
        this.hash = Arrays.hashCode(sortedItems);
    }

    int size() {
        return items.length;
    }

    int[] items() {
        return items.clone();
    }

    /** The items whose bit is set in {@code mask} (bit i: item i), or clear when {@code inside} is false. */
    int[] select(long mask, boolean inside) {
        int[] out = new int[inside ? Long.bitCount(mask) : items.length - Long.bitCount(mask)];
        int n = 0;
        for (int i = 0; i < items.length; i++) {
            if (((mask >>> i) & 1) == 1 == inside) {
                out[n++] = items[i];
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Itemset set && set.hash == hash && Arrays.equals(set.items, items);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(items);
    }
}
