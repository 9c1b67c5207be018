package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hamsafar.analytics.basket.AssociationRule;
import org.hamsafar.analytics.basket.BasketMining;
import org.hamsafar.analytics.basket.Baskets;
import org.hamsafar.analytics.basket.MiningOptions;
import org.hamsafar.analytics.basket.MiningResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's purchases list products whose co-purchases basket analysis finds again. */
class DemoCatalogueTest {

    @Test
    void purchasePropertiesListAsManyDistinctProductsAsItems() {
        SplittableRandom random = new SplittableRandom(1);
        for (int items = 1; items <= 5; items++) {
            JsonNode properties = JsonMapper.builder().build().readTree(DemoCatalogue.purchaseProperties(random, items, "card"));
            assertThat(properties.get("items").asInt()).isEqualTo(items);
            assertThat(properties.get("products")).hasSize(items);
            Set<String> distinct = new java.util.HashSet<>();
            properties.get("products").forEach(product -> distinct.add(product.asString()));
            assertThat(distinct).hasSize(items);
            assertThat(properties.get("paymentMethod").asString()).isEqualTo("card");
        }
        assertThat(DemoCatalogue.PRODUCTS).hasSize(40);
    }

    @Test
    void theBuiltInCompanionsComeBackAsTheStrongestRules() {
        SplittableRandom random = new SplittableRandom(7);
        Baskets.Builder builder = Baskets.builder();
        for (int b = 0; b < 20_000; b++) {
            builder.basket(DemoCatalogue.basket(random, 1 + random.nextInt(5)));
        }

        MiningResult result = BasketMining.mine(builder.build(), MiningOptions.of(0.005, 0.3));

        Baskets names = builder.build();
        List<String> top = result.rules().stream().limit(10).map(rule -> text(names, rule)).toList();
        // Phone with its case or screen protector, and laptop with bag or mouse, are built in at 45-65 %.
        assertThat(top).anyMatch(rule -> rule.contains("phone") && rule.contains("screen-protector"));
        assertThat(top).anyMatch(rule -> rule.contains("laptop") && (rule.contains("laptop-bag") || rule.contains("mouse")));
        assertThat(result.rules().get(0).lift()).isGreaterThan(3);
    }

    private static String text(Baskets baskets, AssociationRule rule) {
        StringBuilder out = new StringBuilder();
        for (int item : rule.antecedent()) {
            out.append(baskets.itemName(item)).append(' ');
        }
        out.append("->");
        for (int item : rule.consequent()) {
            out.append(' ').append(baskets.itemName(item));
        }
        return out.toString();
    }
}
