package org.hamsafar.analytics.basket;

import java.util.Arrays;
import java.util.List;
import org.hamsafar.events.PurchaseBaskets;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored result of a basket analysis: the data read (purchase events, baskets, items), the
 * thresholds, how many itemsets and rules were found, the most frequent items, and the best rules
 * by lift with their measures. Item names within a side of a rule are sorted alphabetically.
 */
final class BasketRulesJson {
    /** The most frequent single items listed. */
    static final int TOP_ITEMS = 20;

    private BasketRulesJson() {
    }

    static ObjectNode of(BasketParameters parameters, PurchaseBaskets.EventCounts counts, PurchaseBaskets.ScanCounts scanned, Baskets baskets,
                         MiningResult result, double readSeconds, double mineSeconds) {
        ObjectNode json = parameters.toJson();
        json.put("purchaseEvents", counts.events());
        json.put("baskets", baskets.size());
        json.put("eventsNotListingItems", counts.events() - scanned.baskets());
        json.put("distinctItems", baskets.itemCount());
        json.put("meanItemsPerBasket", round((double) baskets.itemOccurrences() / baskets.size(), 3));
        json.put("minCount", result.minCount());
        json.put("frequentItemsets", result.itemsetCount());
        ArrayNode lengths = json.putArray("itemsetsByLength");
        int[] byLength = result.itemsetsByLength();
        for (int k = 1; k < byLength.length; k++) {
            lengths.add(byLength[k]);
        }
        json.put("rulesFound", result.rulesFound());
        json.put("rulesShown", result.rules().size());
        ArrayNode items = json.putArray("topItems");
        result.itemsets().stream().filter(set -> set.items().length == 1).limit(TOP_ITEMS).forEach(set -> items.addObject()
                .put("item", baskets.itemName(set.items()[0]))
                .put("count", set.count())
                .put("support", round(set.support(), 6)));
        ArrayNode rules = json.putArray("rules");
        for (AssociationRule rule : result.rules()) {
            ObjectNode row = rules.addObject();
            names(row.putArray("antecedent"), baskets, rule.antecedent());
            names(row.putArray("consequent"), baskets, rule.consequent());
            row.put("count", rule.count());
            row.put("support", round(rule.support(), 6));
            row.put("confidence", round(rule.confidence(), 6));
            row.put("lift", round(rule.lift(), 6));
            row.put("leverage", round(rule.leverage(), 6));
            // JSON has no infinity: a rule that never fails has no finite conviction.
            if (Double.isInfinite(rule.conviction())) {
                row.putNull("conviction");
            } else {
                row.put("conviction", round(rule.conviction(), 6));
            }
        }
        ObjectNode seconds = json.putObject("seconds");
        seconds.put("read", round(readSeconds, 3));
        seconds.put("mine", round(mineSeconds, 3));
        return json;
    }

    private static void names(ArrayNode out, Baskets baskets, int[] items) {
        List<String> sorted = Arrays.stream(items).mapToObj(baskets::itemName).sorted().toList();
        sorted.forEach(out::add);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
