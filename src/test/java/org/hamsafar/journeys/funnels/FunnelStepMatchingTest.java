package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Property conditions on steps, and optional steps, against hand-computed answers. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelStepMatchingTest {
    private static final String FROM = "2026-05-01T00:00:00Z";
    private static final String TO = "2026-05-02T00:00:00Z";
    @LocalServerPort
    int port;
    FunnelFixture f;

    /**
     * Properties, all on 2026-05-01 (UTC), each customer a view at 09:00 then a buy at 09:30 with:
     * p1 {plan: gold, items: 3}; p2 {plan: gold, items: 3.0}; p3 {plan: silver, items: 3};
     * p4 {plan: gold, items: "3"} (text); p5 {plan: gold, items: 3, gift: true};
     * p6 no properties; p7 {utm.source: ads, city: تهران, gift: false}.
     *
     * <p>Optional steps, steps view → coupon (optional) → cart, on 2026-05-01 from 10:00 (UTC):
     * o1 view 10:00, coupon 10:05, cart 10:25; o2 view 10:00, cart 10:11:40; o3 view 10:00, cart
     * 10:10, coupon 10:30 (after the cart: not counted); o4 view 10:00, coupon 10:15, no cart;
     * o5 view only; o6 view 10:00, coupon 10:01, cart 10:31.
     */
    @BeforeAll
    void sendEvents() {
        f = new FunnelFixture(port);
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Map<String, Object>> buys = new LinkedHashMap<>();
        buys.put("p1", Map.of("plan", "gold", "items", 3));
        buys.put("p2", Map.of("plan", "gold", "items", 3.0));
        buys.put("p3", Map.of("plan", "silver", "items", 3));
        buys.put("p4", Map.of("plan", "gold", "items", "3"));
        buys.put("p5", Map.of("plan", "gold", "items", 3, "gift", true));
        buys.put("p7", Map.of("utm.source", "ads", "city", "تهران", "gift", false));
        for (String customer : List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7")) {
            events.add(f.event(customer, "view", "web", "2026-05-01T09:00:00Z"));
            events.add(buys.containsKey(customer) ? f.event(customer, "buy", "web", "2026-05-01T09:30:00Z", buys.get(customer))
                    : f.event(customer, "buy", "web", "2026-05-01T09:30:00Z"));
        }
        for (String customer : List.of("o1", "o2", "o3", "o4", "o5", "o6")) {
            events.add(f.event(customer, "visit", "app", "2026-05-01T10:00:00Z"));
        }
        events.add(f.event("o1", "coupon", "app", "2026-05-01T10:05:00Z"));
        events.add(f.event("o1", "cart", "app", "2026-05-01T10:25:00Z"));
        events.add(f.event("o2", "cart", "app", "2026-05-01T10:11:40Z"));
        events.add(f.event("o3", "cart", "app", "2026-05-01T10:10:00Z"));
        events.add(f.event("o3", "coupon", "app", "2026-05-01T10:30:00Z"));
        events.add(f.event("o4", "coupon", "app", "2026-05-01T10:15:00Z"));
        events.add(f.event("o6", "coupon", "app", "2026-05-01T10:01:00Z"));
        events.add(f.event("o6", "cart", "app", "2026-05-01T10:31:00Z"));
        f.send(events);
    }

    private long buyers(Map<String, Object> properties) {
        JsonNode steps = f.ask(f.body(List.of(f.step("view"), f.step("buy", "properties", properties)), "1d", FROM, TO)).get("steps");
        assertThat(steps.get(0).get("customers").asLong()).isEqualTo(7);
        return steps.get(1).get("customers").asLong();
    }

    @Test
    void aPropertyConditionMatchesEqualValuesOfTheSameJsonKind() {
        // p1, p2 (3.0 is the number 3) and p5; not p4, whose items is the text "3"
        assertThat(buyers(Map.of("plan", "gold", "items", 3))).isEqualTo(3);
        assertThat(buyers(Map.of("items", "3"))).isEqualTo(1);
        assertThat(buyers(Map.of("items", 3.0))).isEqualTo(4);
        assertThat(buyers(Map.of("plan", "gold"))).isEqualTo(4);
    }

    @Test
    void booleansDottedNamesAndPersianTextMatchToo() {
        assertThat(buyers(Map.of("gift", true))).isEqualTo(1);
        assertThat(buyers(Map.of("gift", false))).isEqualTo(1);
        assertThat(buyers(Map.of("gift", "true"))).isZero();
        assertThat(buyers(Map.of("utm.source", "ads", "city", "تهران"))).isEqualTo(1);
        assertThat(buyers(Map.of("plan", "gold", "gift", false))).isZero();
        assertThat(buyers(Map.of("missing", "x"))).isZero();
    }

    @Test
    void theAnswerEchoesEachStepsPropertiesAndOptionalFlag() {
        JsonNode steps = f.ask(f.body(List.of(f.step("view"), f.step("buy", "properties", Map.of("items", 3.0, "gift", true))),
                "1d", FROM, TO)).get("steps");

        assertThat(steps.get(1).get("properties").get("items").asInt()).isEqualTo(3);
        assertThat(steps.get(1).get("properties").get("gift").asBoolean()).isTrue();
        assertThat(steps.get(1).get("optional").asBoolean()).isFalse();
        assertThat(steps.get(0).get("properties").isEmpty()).isTrue();
    }

    private List<Map<String, Object>> couponFunnel() {
        return List.of(f.step("visit"), f.step("coupon", "optional", true), f.step("cart"));
    }

    @Test
    void anOptionalStepCountsWhoDidItBeforeTheNextRequiredStepAndSkippingItChangesNothingElse() {
        JsonNode steps = f.ask(f.body(couponFunnel(), "1d", FROM, TO)).get("steps");

        assertThat(FunnelFixture.customers(steps)).containsExactly(6L, 3L, 4L);
        JsonNode coupon = steps.get(1);
        // o1, o4 and o6 used a coupon; o3's came after the cart
        assertThat(coupon.get("optional").asBoolean()).isTrue();
        assertThat(coupon.get("conversionFromPrevious").asDouble()).isEqualTo(0.5);
        assertThat(coupon.get("skipped").asLong()).isEqualTo(3);
        assertThat(coupon.get("dropOff").asLong()).isZero();
        // gaps from the visit: 300, 900, 60 s
        assertThat(coupon.get("medianSecondsFromPrevious").asDouble()).isEqualTo(300.0);
        JsonNode cart = steps.get(2);
        // against the visit (the last required step): o1, o2, o3, o6 of six
        assertThat(cart.get("conversionFromPrevious").asDouble()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(cart.get("conversionFromFirst").asDouble()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(cart.get("dropOff").asLong()).isEqualTo(2);
        assertThat(cart.get("skipped").asLong()).isZero();
        // from the last step reached: o1 1200 s after its coupon, o2 700, o3 600, o6 1800 after its coupon;
        // the median of 600, 700, 1200, 1800 is 950 (from the visit it would be 1100)
        assertThat(cart.get("medianSecondsFromPrevious").asDouble()).isEqualTo(950.0);
    }

    @Test
    void withoutTheOptionalStepTheRequiredStepsCountTheSame() {
        JsonNode plain = f.ask(f.body(List.of(f.step("visit"), f.step("cart")), "1d", FROM, TO)).get("steps");
        JsonNode twice = f.ask(f.body(List.of(f.step("visit"), f.step("coupon", "optional", true),
                f.step("coupon", "optional", true), f.step("cart")), "1d", FROM, TO)).get("steps");

        assertThat(FunnelFixture.customers(plain)).containsExactly(6L, 4L);
        // nobody used a second coupon; the cart still counts 4, timed from the last step reached
        assertThat(FunnelFixture.customers(twice)).containsExactly(6L, 3L, 0L, 4L);
        assertThat(twice.get(2).get("conversionFromPrevious").asDouble()).isZero();
        assertThat(twice.get(2).get("medianSecondsFromPrevious").isNull()).isTrue();
        assertThat(twice.get(3).get("medianSecondsFromPrevious").asDouble()).isEqualTo(950.0);
        // without the optional step, every gap runs from the visit: 1500, 700, 600, 1860
        assertThat(plain.get(1).get("medianSecondsFromPrevious").asDouble()).isEqualTo(1100.0);
    }

    @Test
    void theDroppedCustomersOfAnOptionalStepAreThoseWhoSkippedIt() {
        Map<String, Object> body = f.body(couponFunnel(), "1d", FROM, TO);
        body.put("step", 1);
        JsonNode skipped = f.dropped(body);
        body.put("step", 2);
        JsonNode dropped = f.dropped(body);

        assertThat(externalIds(skipped)).containsExactlyInAnyOrder(f.externalId("o2"), f.externalId("o3"), f.externalId("o5"));
        assertThat(skipped.get("previousStep").asInt()).isZero();
        assertThat(externalIds(dropped)).containsExactlyInAnyOrder(f.externalId("o4"), f.externalId("o5"));
        // the previous step of the cart is the visit: the optional coupon is skipped over
        assertThat(dropped.get("previousStep").asInt()).isZero();
        dropped.get("items").forEach(item -> assertThat(item.get("reachedPreviousAt").asString()).isEqualTo("2026-05-01T10:00:00Z"));
    }

    private static List<String> externalIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("externalId").asString()));
        return ids;
    }
}
