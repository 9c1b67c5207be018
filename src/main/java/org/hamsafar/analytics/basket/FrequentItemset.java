package org.hamsafar.analytics.basket;

/** A frequent itemset (item ids ascending) and the number of baskets holding it, out of {@code baskets}. */
public record FrequentItemset(int[] items, int count, int baskets) {
    public double support() {
        return (double) count / baskets;
    }
}
