package org.hamsafar.actions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Conditions against hand-made items: comparisons, missing fields, sets, combinations, counts in a window. */
class ConditionEvaluatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    /** Facts of customer 7 (tag vip, city Tehran), who has events at the times listed. */
    private static final class Facts implements ItemFacts {
        final List<Instant> supportCalls = new ArrayList<>();
        final List<Instant[]> asked = new ArrayList<>();

        @Override
        public List<String> customerTags(long customerId) {
            return customerId == 7 ? List.of("vip") : List.of();
        }

        @Override
        public Optional<Object> customerAttribute(long customerId, String key) {
            return customerId == 7 && key.equals("city") ? Optional.of("Tehran") : Optional.empty();
        }

        @Override
        public long countEvents(long customerId, Instant from, Instant to, String type, String channel, String touchpoint) {
            asked.add(new Instant[] {from, to});
            return supportCalls.stream().filter(t -> !t.isBefore(from) && !t.isAfter(to)).count();
        }
    }

    private static Condition when(String json) {
        return RuleDraft.read(JSON.readTree("{\"name\": \"t\", \"when\": " + json + ", \"actions\": [{\"type\": \"tag_customer\", \"tag\": \"t\"}]}"))
                .when();
    }

    private static RuleItem item(RuleSubject subject, Long customer, Map<String, Object> fields) {
        return new RuleItem(subject, "x:1", customer, NOW, fields, "");
    }

    @Test
    void npsThresholdsHoldExactlyAtTheBoundary() {
        Condition detractor = when("{\"field\": \"answer.nps\", \"op\": \"<=\", \"value\": 6}");
        Facts facts = new Facts();

        assertThat(ConditionEvaluator.holds(detractor, item(RuleSubject.RESPONSE, 1L, Map.of("answer.nps", 6.0)), facts)).isTrue();
        assertThat(ConditionEvaluator.holds(detractor, item(RuleSubject.RESPONSE, 1L, Map.of("answer.nps", 7.0)), facts)).isFalse();
        assertThat(ConditionEvaluator.holds(detractor, item(RuleSubject.RESPONSE, 1L, Map.of("answer.csat", 1.0)), facts))
                .as("a response without an NPS answer is no detractor").isFalse();
    }

    @Test
    void negativeAboutRefundsNeedsARefundMentionThatIsNegative() {
        Condition negativeRefund = when("{\"field\": \"text.topic.refund_returns\", \"op\": \"=\", \"value\": \"negative\"}");
        Condition notNegativeRefund = when("{\"field\": \"text.topic.refund_returns\", \"op\": \"!=\", \"value\": \"negative\"}");
        Facts facts = new Facts();
        RuleItem angryRefund = item(RuleSubject.TEXT, 1L, Map.of("text.topic.refund_returns", "negative", "text.topics", List.of("refund_returns")));
        RuleItem angryDelivery = item(RuleSubject.TEXT, 1L, Map.of("text.topic.delivery", "negative", "text.topics", List.of("delivery")));

        assertThat(ConditionEvaluator.holds(negativeRefund, angryRefund, facts)).isTrue();
        assertThat(ConditionEvaluator.holds(negativeRefund, angryDelivery, facts)).isFalse();
        assertThat(ConditionEvaluator.holds(notNegativeRefund, angryDelivery, facts)).as("not mentioned: no comparison holds").isFalse();
        assertThat(ConditionEvaluator.holds(when("{\"field\": \"text.topics\", \"op\": \"not_contains\", \"value\": \"refund_returns\"}"),
                angryDelivery, facts)).isTrue();
    }

    @Test
    void allAnyAndNotCombineAsLogicSays() {
        Condition rule = when("""
                {"all": [{"any": [{"field": "answer.nps", "op": "<=", "value": 6}, {"field": "answer.csat", "op": "<=", "value": 2}]},
                         {"not": {"field": "response.channel", "op": "in", "value": ["store", "phone"]}}]}""");
        Facts facts = new Facts();

        assertThat(ConditionEvaluator.holds(rule, item(RuleSubject.RESPONSE, 1L, Map.of("answer.csat", 2.0, "response.channel", "web")), facts)).isTrue();
        assertThat(ConditionEvaluator.holds(rule, item(RuleSubject.RESPONSE, 1L, Map.of("answer.csat", 2.0, "response.channel", "store")), facts)).isFalse();
        assertThat(ConditionEvaluator.holds(rule, item(RuleSubject.RESPONSE, 1L, Map.of("answer.csat", 3.0, "answer.nps", 9.0)), facts)).isFalse();
    }

    @Test
    void customerFieldsAreLookedUpForTheItemsCustomer() {
        Condition vipInTehran = when("""
                {"all": [{"field": "answer.nps", "op": "<=", "value": 6}, {"field": "customer.tags", "op": "contains", "value": "vip"},
                         {"field": "customer.attribute.city", "op": "=", "value": "Tehran"}]}""");
        Facts facts = new Facts();

        assertThat(ConditionEvaluator.holds(vipInTehran, item(RuleSubject.RESPONSE, 7L, Map.of("answer.nps", 3.0)), facts)).isTrue();
        assertThat(ConditionEvaluator.holds(vipInTehran, item(RuleSubject.RESPONSE, 8L, Map.of("answer.nps", 3.0)), facts)).isFalse();
        assertThat(ConditionEvaluator.holds(vipInTehran, item(RuleSubject.RESPONSE, null, Map.of("answer.nps", 3.0)), facts))
                .as("an anonymous response has no tags").isFalse();
    }

    @Test
    void aCountInAWindowCountsTheCustomersEventsUpToTheItem() {
        Condition thirdCall = when("{\"field\": \"event.count\", \"op\": \">=\", \"value\": 3, \"window\": \"7d\", \"match\": {\"touchpoint\": \"support_line\"}}");
        Facts facts = new Facts();
        facts.supportCalls.add(NOW.minus(Duration.ofDays(8))); // outside the window
        facts.supportCalls.add(NOW.minus(Duration.ofDays(6)));
        facts.supportCalls.add(NOW);

        assertThat(ConditionEvaluator.holds(thirdCall, item(RuleSubject.EVENT, 7L, Map.of()), facts)).isFalse();
        assertThat(facts.asked.get(0)).containsExactly(NOW.minus(Duration.ofDays(7)), NOW);
        facts.supportCalls.add(NOW.minus(Duration.ofHours(1)));
        assertThat(ConditionEvaluator.holds(thirdCall, item(RuleSubject.EVENT, 7L, Map.of()), facts)).isTrue();
    }

    @Test
    void answersOfEveryKindCompare() {
        Facts facts = new Facts();
        RuleItem response = item(RuleSubject.RESPONSE, 1L, Map.of("answer.reasons", List.of("price", "delay"), "answer.why",
                "The courier was LATE again", "answer.recommend", true));

        assertThat(ConditionEvaluator.holds(when("{\"field\": \"answer.reasons\", \"op\": \"contains\", \"value\": \"delay\"}"), response, facts)).isTrue();
        assertThat(ConditionEvaluator.holds(when("{\"field\": \"answer.why\", \"op\": \"contains\", \"value\": \"late\"}"), response, facts)).isTrue();
        assertThat(ConditionEvaluator.holds(when("{\"field\": \"answer.recommend\", \"op\": \"=\", \"value\": 1}"), response, facts))
                .as("yes/no compared as 1/0").isTrue();
        assertThat(ConditionEvaluator.holds(when("{\"field\": \"answer.missing\", \"op\": \"not_exists\"}"), response, facts)).isTrue();
    }

    @Test
    void eventTypeFilterOnlyRulesOutTypesARuleCanNeverMatch() {
        Condition calls = when("{\"all\": [{\"field\": \"event.type\", \"op\": \"in\", \"value\": [\"call_ended\", \"chat_message\"]}, "
                + "{\"field\": \"event.channel\", \"op\": \"=\", \"value\": \"phone\"}]}");
        Condition anyOf = when("{\"any\": [{\"field\": \"event.type\", \"op\": \"=\", \"value\": \"call_ended\"}, "
                + "{\"field\": \"event.value\", \"op\": \">\", \"value\": 100}]}");

        assertThat(EventTypeFilter.mayMatch(calls, "call_ended")).isTrue();
        assertThat(EventTypeFilter.mayMatch(calls, "page_view")).isFalse();
        assertThat(EventTypeFilter.mayMatch(anyOf, "purchase")).as("the value condition may hold").isTrue();
    }
}
