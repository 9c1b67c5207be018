package org.hamsafar.analytics.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule measures on a case small enough to compute by hand. */
class AssociationRuleTest {

    /**
     * Ten baskets: {bread, butter} x4, {bread} x2, {butter, milk} x1, {milk} x3.
     * bread: 6, butter: 5, milk: 4, bread+butter: 4, butter+milk: 1.
     * bread → butter: support 4/10 = 0.4, confidence 4/6 = 0.6667, lift 0.6667 / 0.5 = 1.3333,
     * leverage 0.4 − 0.6 × 0.5 = 0.1, conviction (1 − 0.5) / (1 − 0.6667) = 1.5.
     * butter → bread: confidence 4/5 = 0.8, lift 0.8 / 0.6 = 1.3333, conviction 0.4 / 0.2 = 2.
     * butter → milk: confidence 1/5 = 0.2 (below 0.5: not a rule); milk → butter: 1/4 (neither).
     */
    private static Baskets shop() {
        Baskets.Builder builder = Baskets.builder();
        for (int i = 0; i < 4; i++) {
            builder.basket(List.of("bread", "butter"));
        }
        builder.basket(List.of("bread")).basket(List.of("bread"));
        builder.basket(List.of("butter", "milk"));
        for (int i = 0; i < 3; i++) {
            builder.basket(List.of("milk"));
        }
        return builder.build();
    }

    @Test
    void measuresMatchTheHandComputation() {
        Baskets baskets = shop();

        MiningResult result = BasketMining.mine(baskets, MiningOptions.of(0.1, 0.5));

        assertThat(result.minCount()).isEqualTo(1);
        assertThat(result.rulesFound()).isEqualTo(2);
        AssociationRule breadToButter = rule(baskets, result, "bread", "butter");
        assertThat(breadToButter.support()).isEqualTo(0.4);
        assertThat(breadToButter.confidence()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(breadToButter.lift()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(breadToButter.leverage()).isCloseTo(0.1, within(1e-12));
        assertThat(breadToButter.conviction()).isCloseTo(1.5, within(1e-12));
        AssociationRule butterToBread = rule(baskets, result, "butter", "bread");
        assertThat(butterToBread.confidence()).isCloseTo(0.8, within(1e-12));
        assertThat(butterToBread.lift()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(butterToBread.conviction()).isCloseTo(2.0, within(1e-12));
        // Equal lift: the higher confidence comes first.
        assertThat(result.rules().get(0)).isSameAs(butterToBread);
    }

    @Test
    void minimumLiftAndSupportFilterRules() {
        Baskets baskets = shop();
        // bread+butter in 4 of 10 baskets: a minimum support of 0.5 (count 5) leaves no pair.
        assertThat(BasketMining.mine(baskets, MiningOptions.of(0.5, 0.5)).rulesFound()).isZero();
        // Both rules have lift 4/3: a minimum lift of 1.34 removes them.
        MiningOptions strict = new MiningOptions(0.1, 0.5, 1.34, 10, MiningOptions.Consequent.SINGLE, 100, 1000);
        assertThat(BasketMining.mine(baskets, strict).rulesFound()).isZero();
    }

    @Test
    void maxRulesKeepsTheHighestLiftButCountsAll() {
        MiningResult result = BasketMining.mine(shop(), MiningOptions.of(0.1, 0.5).withMaxRules(1));
        assertThat(result.rulesFound()).isEqualTo(2);
        assertThat(result.rules()).hasSize(1);
    }

    @Test
    void aRuleThatNeverFailsHasInfiniteConviction() {
        AssociationRule always = new AssociationRule(new int[] {0}, new int[] {1}, 3, 3, 4, 5);
        assertThat(always.conviction()).isInfinite();
    }

    private static AssociationRule rule(Baskets baskets, MiningResult result, String from, String to) {
        return result.rules().stream()
                .filter(r -> RuleText.names(baskets, r.antecedent()).equals(java.util.Set.of(from))
                        && RuleText.names(baskets, r.consequent()).equals(java.util.Set.of(to)))
                .findFirst().orElseThrow();
    }
}
