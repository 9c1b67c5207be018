package org.hamsafar.analytics.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Published results on R arules' Groceries (9,835 baskets): 120 rules at support 0.005 and
 * confidence 0.5 (arulesViz README), 5,668 at 0.001 and 0.5; and mlxtend's toy example.
 */
class GroceriesEvaluationTest {
    private static final Path FOLDER = Path.of("../shared/datasets/groceries");
    private static Baskets groceries;

    @BeforeAll
    static void read() {
        assumeTrue(Files.isDirectory(FOLDER), "groceries dataset missing");
        groceries = BasketFiles.baskets(FOLDER.resolve("groceries.csv"));
    }

    @Test
    void groceriesHas9835BasketsOf169Items() {
        assertThat(groceries.size()).isEqualTo(9_835);
        assertThat(groceries.itemCount()).isEqualTo(169);
    }

    @Test
    void exactly120RulesAtSupport0005AndConfidence05() {
        MiningResult result = BasketMining.mine(groceries, MiningOptions.of(0.005, 0.5));
        // arules: abs min support count 49 printed, count >= 49.175 applied, i.e. 50.
        assertThat(result.minCount()).isEqualTo(50);
        assertThat(result.itemsetCount()).isEqualTo(1_001);
        assertThat(result.rulesFound()).isEqualTo(120);
        assertThat(result.rulesByLength()).containsExactly(0, 0, 1, 98, 21);
    }

    @Test
    void exactly5668RulesAtSupport0001AndConfidence05WithThePublishedTopRule() {
        MiningResult result = BasketMining.mine(groceries, MiningOptions.of(0.001, 0.5).withMaxRules(5));
        assertThat(result.itemsetCount()).isEqualTo(13_492);
        assertThat(result.rulesFound()).isEqualTo(5_668);
        assertThat(result.rulesByLength()).containsExactly(0, 0, 11, 1_461, 3_211, 939, 46);
        // {Instant food products, soda} => {hamburger meat}: support 0.001220, confidence 0.631579, lift 18.995654, count 12.
        AssociationRule top = result.rules().get(0);
        assertThat(RuleText.names(groceries, top.antecedent())).isEqualTo(Set.of("Instant food products", "soda"));
        assertThat(RuleText.names(groceries, top.consequent())).isEqualTo(Set.of("hamburger meat"));
        assertThat(top.count()).isEqualTo(12);
        assertThat(RuleText.matches(top.confidence(), "0.631579")).isTrue();
        assertThat(RuleText.matches(top.lift(), "18.995654")).isTrue();
    }

    @Test
    void theEvaluationMatchesEveryPublishedFigure() {
        Map<String, Object> result = GroceriesEvaluation.run(FOLDER);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counts = (List<Map<String, Object>>) result.get("ruleCounts");
        assertThat(counts).hasSize(4).allSatisfy(row -> assertThat(row.get("match")).as(row.toString()).isEqualTo(true));
        assertThat(result.get("allMatch")).as(result.toString()).isEqualTo(true);
    }

    @Test
    void mlxtendToyItemsetsAndRulesMatchExactly() {
        Map<String, Object> toy = MlxtendToyCheck.run(FOLDER);
        assertThat(toy.get("mismatches")).isEqualTo(List.of());
        assertThat(toy.get("itemsetsFound")).isEqualTo(11);
        assertThat(toy.get("rulesFound")).isEqualTo(12L);
        assertThat(toy.get("exactMatch")).isEqualTo(true);
    }

    @Test
    void theToyExampleByHand() {
        // Onion in 3 of 5 baskets, Eggs in 4, both in 3: Onion -> Eggs confidence 1, lift 1 / 0.8 = 1.25,
        // leverage 0.6 - 0.6 x 0.8 = 0.12; and Onion -> {Eggs, Kidney Beans} (a two-item consequent) the same.
        Baskets toy = BasketFiles.baskets(FOLDER.resolve("mlxtend_toy_transactions.csv"));
        MiningResult result = BasketMining.mine(toy, MiningOptions.of(0.6, 0.7).withConsequent(MiningOptions.Consequent.ANY));
        AssociationRule rule = result.rules().stream()
                .filter(r -> RuleText.names(toy, r.antecedent()).equals(Set.of("Onion"))
                        && RuleText.names(toy, r.consequent()).equals(Set.of("Eggs", "Kidney Beans")))
                .findFirst().orElseThrow();
        assertThat(rule.lift()).isEqualTo(1.25);
        assertThat(rule.leverage()).isCloseTo(0.12, within(1e-12));
        assertThat(rule.conviction()).isInfinite();
        // With single consequents (arules) the two-item consequents are not rules: 12 - 2 = 10.
        assertThat(BasketMining.mine(toy, MiningOptions.of(0.6, 0.7)).rulesFound()).isEqualTo(10);
    }

}
