package org.hamsafar.analytics.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Market baskets held compactly: every basket is a set of int item ids, all of them in one array
 * with the start of each basket in another (8 bytes per basket and 4 per item, so a million
 * baskets of four items take about 24 MB). Item names are kept once, in the order first seen.
 */
public final class Baskets {
    private final int[] starts;
    private final int[] items;
    private final List<String> names;

    private Baskets(int[] starts, int[] items, List<String> names) {
        this.starts = starts;
        this.items = items;
        this.names = names;
    }

    /** The number of baskets (an empty basket counts: it lowers every support). */
    public int size() {
        return starts.length - 1;
    }

    /** The number of distinct items seen. */
    public int itemCount() {
        return names.size();
    }

    public String itemName(int item) {
        return names.get(item);
    }

    /** The items of basket {@code b}, each once, in the order first added. */
    int[] basket(int b) {
        return Arrays.copyOfRange(items, starts[b], starts[b + 1]);
    }

    int start(int b) {
        return starts[b];
    }

    int end(int b) {
        return starts[b + 1];
    }

    int item(int position) {
        return items[position];
    }

    /** Total item occurrences over all baskets. */
    public long itemOccurrences() {
        return items.length;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects baskets one item at a time, as they stream out of a query or a file: names become
     * int ids as they arrive, and an item repeated within a basket is kept once.
     */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] starts = new int[1024];
        private int[] items = new int[4096];
        private int basketCount;
        private int itemTotal;
        private boolean open;

        /** The id of {@code name}, registering it when new. */
        public int idOf(String name) {
            Integer id = ids.get(name);
            if (id == null) {
                id = names.size();
                ids.put(name, id);
                names.add(name);
            }
            return id;
        }

        /** Starts a new, empty basket; following {@link #add} calls fill it. */
        public Builder newBasket() {
            if (basketCount + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            basketCount++;
            starts[basketCount] = itemTotal;
            open = true;
            return this;
        }

        public Builder add(String name) {
            return add(idOf(name));
        }

        /** Adds an item id (from {@link #idOf}) to the current basket, unless it is already there. */
        public Builder add(int item) {
            if (!open) {
                throw new IllegalStateException("newBasket() first");
            }
            if (item < 0 || item >= names.size()) {
                throw new IllegalArgumentException("unknown item id " + item);
            }
            // Baskets are small (a few items), so a scan of the current one is the cheapest duplicate check.
            for (int i = starts[basketCount - 1]; i < itemTotal; i++) {
                if (items[i] == item) {
                    return this;
                }
            }
            if (itemTotal == items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[itemTotal++] = item;
            starts[basketCount] = itemTotal;
            return this;
        }

        /** A basket of the given item names (trimmed; blank names skipped). */
        public Builder basket(Iterable<String> itemNames) {
            newBasket();
            for (String name : itemNames) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    add(trimmed);
                }
            }
            return this;
        }

        public int basketCount() {
            return basketCount;
        }

        /** The distinct items registered so far. */
        public int itemCountSoFar() {
            return names.size();
        }

        public Baskets build() {
            return new Baskets(Arrays.copyOf(starts, basketCount + 1), Arrays.copyOf(items, itemTotal), List.copyOf(names));
        }
    }
}
