package org.hamsafar.analytics.basket;

/**
 * The minimum support is so low that the frequent itemsets would outgrow the cap: mining stops
 * rather than exhausting memory. A higher minimum support (or a shorter maximum length) helps.
 */
public class TooManyItemsets extends RuntimeException {
    private final int cap;

    TooManyItemsets(int cap) {
        super("more than " + cap + " frequent itemsets: raise the minimum support (or lower the maximum itemset length)");
        this.cap = cap;
    }

    public int cap() {
        return cap;
    }
}
