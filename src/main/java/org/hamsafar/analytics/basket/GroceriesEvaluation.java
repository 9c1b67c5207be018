package org.hamsafar.analytics.basket;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rule miner against published results on R arules' Groceries data (Hahsler, Hornik &amp;
 * Reutterer 2006; 9,835 baskets, 169 items): the rule counts of reference_rule_counts.csv (120 rules
 * at support 0.005 and confidence 0.5, 5,668 at 0.001 and 0.5, with arules' single-item consequents
 * and support counted as count ≥ minsup × N), the top rules by lift, and mlxtend's toy example.
 */
public final class GroceriesEvaluation {
    private GroceriesEvaluation() {
    }

    /** {@code dir}: the groceries dataset folder (groceries.csv and the published results beside it). */
    public static Map<String, Object> run(Path dir) {
        long started = System.nanoTime();
        Baskets baskets = BasketFiles.baskets(dir.resolve("groceries.csv"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baskets", baskets.size());
        out.put("items", baskets.itemCount());
        out.put("consequent", "single");
        List<Map<String, Object>> counts = new ArrayList<>();
        boolean countsMatch = true;
        for (Map<String, String> row : BasketFiles.table(dir.resolve("reference_rule_counts.csv"))) {
            Map<String, Object> compared = ruleCount(baskets, row);
            countsMatch &= (Boolean) compared.get("match");
            counts.add(compared);
        }
        out.put("ruleCounts", counts);
        List<Map<String, String>> expectedTop = BasketFiles.table(dir.resolve("top_rules_supp0.001_conf0.5_by_lift.csv"));
        Map<String, Object> top = topRules(baskets, expectedTop);
        out.put("topRulesByLift", top);
        Map<String, Object> toy = MlxtendToyCheck.run(dir);
        out.put("mlxtendToy", toy);
        out.put("allMatch", countsMatch && (Boolean) top.get("match") && (Boolean) toy.get("exactMatch"));
        out.put("seconds", Math.round((System.nanoTime() - started) / 1e6) / 1e3);
        return out;
    }

    /** Only mlxtend's toy example (its files are in the groceries folder {@code dir}). */
    public static Map<String, Object> mlxtendToy(Path dir) {
        return MlxtendToyCheck.run(dir);
    }

    private static Map<String, Object> ruleCount(Baskets baskets, Map<String, String> row) {
        double support = Double.parseDouble(row.get("min_support"));
        double confidence = Double.parseDouble(row.get("min_confidence"));
        long started = System.nanoTime();
        MiningResult result = BasketMining.mine(baskets, MiningOptions.of(support, confidence).withMaxRules(1));
        double ms = (System.nanoTime() - started) / 1e6;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minSupport", support);
        out.put("minConfidence", confidence);
        out.put("minCount", result.minCount());
        long expectedRules = Long.parseLong(row.get("n_rules"));
        int[] itemsetsByLength = result.itemsetsByLength();
        int frequentItems = itemsetsByLength.length > 1 ? itemsetsByLength[1] : 0;
        out.put("rulesExpected", expectedRules);
        out.put("rulesFound", result.rulesFound());
        out.put("frequentItemsExpected", Integer.parseInt(row.get("n_frequent_items")));
        out.put("frequentItemsFound", frequentItems);
        out.put("itemsetsExpected", Integer.parseInt(row.get("n_frequent_itemsets")));
        out.put("itemsetsFound", result.itemsetCount());
        List<Long> expectedLengths = new ArrayList<>();
        List<Long> foundLengths = new ArrayList<>();
        long[] byLength = result.rulesByLength();
        for (int k = 2; row.containsKey("rule_length_" + k); k++) {
            expectedLengths.add(Long.parseLong(row.get("rule_length_" + k)));
            foundLengths.add(k < byLength.length ? byLength[k] : 0);
        }
        out.put("rulesByLengthFrom2Expected", expectedLengths);
        out.put("rulesByLengthFrom2Found", foundLengths);
        out.put("status", row.get("status"));
        out.put("match", expectedRules == result.rulesFound() && expectedLengths.equals(foundLengths)
                && out.get("frequentItemsExpected").equals(frequentItems) && out.get("itemsetsExpected").equals(result.itemsetCount()));
        out.put("milliseconds", Math.round(ms * 10) / 10.0);
        return out;
    }

    private static Map<String, Object> topRules(Baskets baskets, List<Map<String, String>> expected) {
        MiningResult result = BasketMining.mine(baskets, MiningOptions.of(0.001, 0.5).withMaxRules(expected.size()));
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean all = result.rules().size() == expected.size();
        for (int i = 0; i < Math.min(expected.size(), result.rules().size()); i++) {
            AssociationRule rule = result.rules().get(i);
            Map<String, String> published = expected.get(i);
            boolean match = RuleText.names(baskets, rule.antecedent()).equals(RuleText.parse(published.get("lhs")))
                    && RuleText.names(baskets, rule.consequent()).equals(RuleText.parse(published.get("rhs")))
                    && RuleText.matches(rule.support(), published.get("support"))
                    && RuleText.matches(rule.confidence(), published.get("confidence"))
                    && RuleText.matches(rule.lift(), published.get("lift"))
                    && rule.count() == Integer.parseInt(published.get("count"));
            all &= match;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("antecedent", RuleText.names(baskets, rule.antecedent()));
            row.put("consequent", RuleText.names(baskets, rule.consequent()));
            row.put("support", rule.support());
            row.put("confidence", rule.confidence());
            row.put("lift", rule.lift());
            row.put("count", rule.count());
            row.put("expected", published.get("lhs") + " => " + published.get("rhs") + " lift " + published.get("lift"));
            row.put("match", match);
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minSupport", 0.001);
        out.put("minConfidence", 0.5);
        out.put("rules", rows);
        out.put("match", all);
        return out;
    }
}
