package org.hamsafar.analytics.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** FP-growth finds exactly the itemsets a brute-force count over every subset finds. */
class FpGrowthTest {

    @Test
    void findsExactlyTheItemsetsThatBruteForceFinds() {
        for (long seed = 1; seed <= 20; seed++) {
            Baskets baskets = randomBaskets(new SplittableRandom(seed), 300, 12);
            int minCount = 6 + (int) seed;
            Map<String, Integer> expected = bruteForce(baskets, minCount, 12);

            FrequentItemsets found = FrequentItemsets.mine(baskets, minCount, 12, 1_000_000);

            Map<String, Integer> actual = new HashMap<>();
            found.forEach((set, count) -> actual.put(set.toString(), count));
            assertThat(actual).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void maxLengthStopsGrowingPatterns() {
        Baskets baskets = randomBaskets(new SplittableRandom(7), 300, 10);
        FrequentItemsets found = FrequentItemsets.mine(baskets, 5, 2, 1_000_000);
        assertThat(found.longest()).isEqualTo(2);
        assertThat(found.size()).isEqualTo(bruteForce(baskets, 5, 2).size());
    }

    @Test
    void aSinglePathTreeGivesEveryCombinationWithTheCountOfItsDeepestNode() {
        // Baskets {a,b,c} x3 and {a,b} x2 and {a} x1: one path a:6 - b:5 - c:3.
        Baskets.Builder builder = Baskets.builder();
        for (int i = 0; i < 3; i++) {
            builder.basket(List.of("a", "b", "c"));
        }
        for (int i = 0; i < 2; i++) {
            builder.basket(List.of("b", "a"));
        }
        builder.basket(List.of("a"));
        Baskets baskets = builder.build();

        FrequentItemsets found = FrequentItemsets.mine(baskets, 3, 10, 100);

        int a = 0;
        int b = 1;
        int c = 2;
        assertThat(found.size()).isEqualTo(7);
        assertThat(found.count(a)).isEqualTo(6);
        assertThat(found.count(a, b)).isEqualTo(5);
        assertThat(found.count(a, c)).isEqualTo(3);
        assertThat(found.count(a, b, c)).isEqualTo(3);
        assertThat(found.count(b, c)).isEqualTo(3);
    }

    @Test
    void stopsPastTheItemsetCap() {
        Baskets baskets = randomBaskets(new SplittableRandom(3), 300, 12);
        assertThatThrownBy(() -> FrequentItemsets.mine(baskets, 1, 12, 50))
                .isInstanceOf(TooManyItemsets.class)
                .hasMessageContaining("raise the minimum support");
    }

    @Test
    void anItemRepeatedInABasketCountsOnce() {
        Baskets baskets = Baskets.builder().basket(List.of("Onion", "Onion ", "Eggs")).basket(List.of("Onion")).build();
        assertThat(baskets.itemCount()).isEqualTo(2);
        assertThat(FrequentItemsets.mine(baskets, 1, 10, 100).count(0)).isEqualTo(2);
    }

    /** Baskets of 1-6 items with a skewed popularity (item i drawn with weight 1/(i+1)). */
    static Baskets randomBaskets(SplittableRandom random, int count, int items) {
        Baskets.Builder builder = Baskets.builder();
        for (int i = 0; i < items; i++) {
            builder.idOf("i" + i);
        }
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += 1.0 / (i + 1);
        }
        for (int b = 0; b < count; b++) {
            builder.newBasket();
            int size = 1 + random.nextInt(6);
            for (int k = 0; k < size; k++) {
                double u = random.nextDouble() * total;
                int item = 0;
                while (item < items - 1 && (u -= 1.0 / (item + 1)) > 0) {
                    item++;
                }
                builder.add(item);
            }
        }
        return builder.build();
    }

    /** Every subset of every basket, counted: the definition of support. */
    private static Map<String, Integer> bruteForce(Baskets baskets, int minCount, int maxLength) {
        Map<String, Integer> counts = new HashMap<>();
        for (int b = 0; b < baskets.size(); b++) {
            int[] items = baskets.basket(b);
            java.util.Arrays.sort(items);
            for (int mask = 1; mask < (1 << items.length); mask++) {
                if (Integer.bitCount(mask) > maxLength) {
                    continue;
                }
                List<Integer> subset = new ArrayList<>();
                for (int i = 0; i < items.length; i++) {
                    if ((mask >> i & 1) == 1) {
                        subset.add(items[i]);
                    }
                }
                counts.merge(subset.toString(), 1, Integer::sum);
            }
        }
        counts.values().removeIf(count -> count < minCount);
        return counts;
    }
}
