package org.hamsafar.analytics.basket;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The five-basket example of mlxtend's user guide (apriori and association_rules notebooks): at
 * minimum support 0.6 it lists 11 itemsets, and at confidence ≥ 0.7, with consequents of any size,
 * 12 rules with their measures. Compares every itemset, rule and printed measure with ours.
 */
final class MlxtendToyCheck {
    static final double MIN_SUPPORT = 0.6;
    static final double MIN_CONFIDENCE = 0.7;

    /** mlxtend's columns and how each is computed here. */
    private static final Map<String, ToDoubleFunction<AssociationRule>> MEASURES = measures();

    private MlxtendToyCheck() {
    }

    static Map<String, Object> run(Path folder) {
        Baskets baskets = BasketFiles.baskets(folder.resolve("mlxtend_toy_transactions.csv"));
        MiningResult result = BasketMining.mine(baskets, new MiningOptions(MIN_SUPPORT, MIN_CONFIDENCE, 0, MiningOptions.LONGEST,
                MiningOptions.Consequent.ANY, 10_000, 10_000));
        List<String> mismatches = new ArrayList<>();
        Map<Set<String>, FrequentItemset> itemsets = new HashMap<>();
        result.itemsets().forEach(set -> itemsets.put(RuleText.names(baskets, set.items()), set));
        List<Map<String, String>> expectedItemsets = BasketFiles.table(folder.resolve("mlxtend_toy_expected_itemsets_minsup0.6.csv"));
        for (Map<String, String> row : expectedItemsets) {
            FrequentItemset found = itemsets.get(RuleText.parse(row.get("itemset")));
            if (found == null) {
                mismatches.add("itemset " + row.get("itemset") + " not found");
            } else if (!RuleText.matches(found.support(), row.get("support"))) {
                mismatches.add("itemset " + row.get("itemset") + " support " + found.support() + " != " + row.get("support"));
            }
        }
        Map<String, AssociationRule> rules = new HashMap<>();
        result.rules().forEach(rule -> rules.put(key(RuleText.names(baskets, rule.antecedent()), RuleText.names(baskets, rule.consequent())), rule));
        List<Map<String, String>> expectedRules = BasketFiles.table(folder.resolve("mlxtend_toy_expected_rules_conf0.7.csv"));
        for (Map<String, String> row : expectedRules) {
            String key = key(RuleText.parse(row.get("antecedents")), RuleText.parse(row.get("consequents")));
            AssociationRule rule = rules.get(key);
            if (rule == null) {
                mismatches.add("rule " + key + " not found");
                continue;
            }
            MEASURES.forEach((column, measure) -> {
                if (row.containsKey(column) && !RuleText.matches(measure.applyAsDouble(rule), row.get(column))) {
                    mismatches.add("rule " + key + " " + column + " " + measure.applyAsDouble(rule) + " != " + row.get(column));
                }
            });
        }
        boolean itemsetsMatch = result.itemsetCount() == expectedItemsets.size() && mismatches.stream().noneMatch(m -> m.startsWith("itemset"));
        boolean rulesMatch = result.rulesFound() == expectedRules.size() && mismatches.stream().noneMatch(m -> m.startsWith("rule"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minSupport", MIN_SUPPORT);
        out.put("minConfidence", MIN_CONFIDENCE);
        out.put("consequent", "any");
        out.put("itemsetsExpected", expectedItemsets.size());
        out.put("itemsetsFound", result.itemsetCount());
        out.put("rulesExpected", expectedRules.size());
        out.put("rulesFound", result.rulesFound());
        out.put("measuresCompared", MEASURES.keySet());
        out.put("itemsetsMatch", itemsetsMatch);
        out.put("rulesMatch", rulesMatch);
        out.put("exactMatch", itemsetsMatch && rulesMatch);
        out.put("mismatches", mismatches);
        return out;
    }

    private static String key(Set<String> antecedent, Set<String> consequent) {
        return String.join("|", antecedent) + " -> " + String.join("|", consequent);
    }

    private static Map<String, ToDoubleFunction<AssociationRule>> measures() {
        Map<String, ToDoubleFunction<AssociationRule>> measures = new LinkedHashMap<>();
        measures.put("antecedent_support", AssociationRule::antecedentSupport);
        measures.put("consequent_support", AssociationRule::consequentSupport);
        measures.put("support", AssociationRule::support);
        measures.put("confidence", AssociationRule::confidence);
        measures.put("lift", AssociationRule::lift);
        measures.put("leverage", AssociationRule::leverage);
        measures.put("conviction", AssociationRule::conviction);
        measures.put("zhangs_metric", AssociationRule::zhang);
        measures.put("jaccard", AssociationRule::jaccard);
        measures.put("certainty", AssociationRule::certainty);
        measures.put("kulczynski", AssociationRule::kulczynski);
        return measures;
    }
}
