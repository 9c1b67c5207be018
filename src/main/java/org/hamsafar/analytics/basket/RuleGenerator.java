package org.hamsafar.analytics.basket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Rules from frequent itemsets (Agrawal &amp; Srikant 1994, section 3): every split of a frequent
 * itemset I into a non-empty antecedent A and consequent C = I \ A is a rule with confidence
 * count(I) / count(A). With single consequents only the |I| splits with one item in C are tried
 * (arules); otherwise all 2^|I| − 2 (mlxtend). All rules that pass are counted; the best
 * {@code maxRules} by lift are kept.
 */
final class RuleGenerator {
    /** Best first: higher lift, then higher confidence, higher support, then by items (a stable order for ties). */
    static final Comparator<AssociationRule> BEST_FIRST = Comparator.comparingDouble(AssociationRule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingInt(AssociationRule::count).reversed())
            .thenComparing((a, b) -> Arrays.compare(a.antecedent(), b.antecedent()))
            .thenComparing((a, b) -> Arrays.compare(a.consequent(), b.consequent()));

    record Rules(List<AssociationRule> best, long found, long[] byLength) {
    }

    private RuleGenerator() {
    }

    static Rules generate(FrequentItemsets itemsets, MiningOptions options) {
        PriorityQueue<AssociationRule> best = new PriorityQueue<>(BEST_FIRST.reversed());
        long[] found = new long[1];
        long[] byLength = new long[itemsets.longest() + 1];
        itemsets.forEach((set, count) -> {
            int k = set.size();
            if (k < 2) {
                return;
            }
            for (long mask : consequentMasks(k, options.consequent())) {
                int[] antecedent = set.select(mask, false);
                int[] consequent = set.select(mask, true);
                int antecedentCount = itemsets.count(antecedent);
                // The allowance keeps a confidence of exactly the threshold (15/30 at 0.5) in, whatever the rounding.
                if (count < options.minConfidence() * antecedentCount - 1e-9) {
                    continue;
                }
                AssociationRule rule = new AssociationRule(antecedent, consequent, count, antecedentCount, itemsets.count(consequent),
                        itemsets.baskets());
                if (rule.lift() < options.minLift() - 1e-12) {
                    continue;
                }
                found[0]++;
                byLength[k]++;
                best.add(rule);
                if (best.size() > options.maxRules()) {
                    best.poll();
                }
            }
        });
        List<AssociationRule> kept = new ArrayList<>(best);
        kept.sort(BEST_FIRST);
        return new Rules(kept, found[0], byLength);
    }

    /** The consequents to try for an itemset of {@code k} items, as bit masks over its sorted items. */
    private static long[] consequentMasks(int k, MiningOptions.Consequent consequent) {
        if (consequent == MiningOptions.Consequent.SINGLE) {
            long[] masks = new long[k];
            for (int i = 0; i < k; i++) {
                masks[i] = 1L << i;
            }
            return masks;
        }
        long[] masks = new long[(1 << k) - 2];
        for (int m = 1; m < (1 << k) - 1; m++) {
            masks[m - 1] = m;
        }
        return masks;
    }
}
