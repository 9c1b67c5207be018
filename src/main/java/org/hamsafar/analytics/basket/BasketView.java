package org.hamsafar.analytics.basket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A basket result (the stored JSON of {@link BasketRulesJson}) as the page shows it: the summary,
 * the rules table and the scatter chart's points.
 */
public record BasketView(Instant from, Instant to, String eventType, String itemProperty, long purchaseEvents, long baskets, long distinctItems,
                  double meanItemsPerBasket, long minCount, long frequentItemsets, long rulesFound, long rulesShown, List<RuleRow> rules,
                  List<ItemRow> topItems) {

    /** One rule; {@code conviction} null when infinite (confidence 1). */
    public record RuleRow(int rank, String antecedent, String consequent, long count, double support, double confidence, double lift,
                   double leverage, Double conviction) {
    }

    public record ItemRow(String item, long count, double support) {
    }

    static BasketView of(JsonNode result) {
        List<RuleRow> rules = new ArrayList<>();
        int rank = 1;
        for (JsonNode rule : result.get("rules")) {
            JsonNode conviction = rule.get("conviction");
            rules.add(new RuleRow(rank++, join(rule.get("antecedent")), join(rule.get("consequent")), rule.get("count").asLong(),
                    rule.get("support").asDouble(), rule.get("confidence").asDouble(), rule.get("lift").asDouble(),
                    rule.get("leverage").asDouble(), conviction == null || conviction.isNull() ? null : conviction.asDouble()));
        }
        List<ItemRow> items = new ArrayList<>();
        for (JsonNode item : result.get("topItems")) {
            items.add(new ItemRow(item.get("item").asString(), item.get("count").asLong(), item.get("support").asDouble()));
        }
        return new BasketView(Instant.parse(result.get("from").asString()), Instant.parse(result.get("to").asString()),
                result.get("eventType").asString(), result.get("itemProperty").asString(), result.get("purchaseEvents").asLong(),
                result.get("baskets").asLong(), result.get("distinctItems").asLong(), result.get("meanItemsPerBasket").asDouble(),
                result.get("minCount").asLong(), result.get("frequentItemsets").asLong(), result.get("rulesFound").asLong(),
                result.get("rulesShown").asLong(), rules, items);
    }

    /** The scatter chart's data: per rule [support, confidence, lift, "A → C"]. */
    Map<String, Object> chart(String supportName, String confidenceName, String liftName) {
        List<List<Object>> points = new ArrayList<>();
        for (RuleRow rule : rules) {
            points.add(List.of(rule.support(), rule.confidence(), rule.lift(), rule.antecedent() + " → " + rule.consequent()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("points", points);
        chart.put("names", Map.of("support", supportName, "confidence", confidenceName, "lift", liftName));
        return chart;
    }

    private static String join(JsonNode names) {
        List<String> parts = new ArrayList<>();
        names.forEach(name -> parts.add(name.asString()));
        return String.join(", ", parts);
    }
}
