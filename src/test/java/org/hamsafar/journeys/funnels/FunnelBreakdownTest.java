package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Funnels broken down by entry channel, by segment (tags) and by attribute, against hand-computed groups. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelBreakdownTest {
    private static final String FROM = "2026-06-01T00:00:00Z";
    private static final String TO = "2026-06-02T00:00:00Z";
    @LocalServerPort
    int port;
    FunnelFixture f;

    /**
     * On 2026-06-01 (UTC), every customer views then maybe buys:
     * w1 views on the web and buys; w2 views on the web (and on the app at the same instant: the entry
     * channel is the first by name, app) and buys; w3 views on the web only; a1 views on the app and buys.
     * Segments: s1 vip buys, s2 vip and new buys, s3 new only views, s4 no tag buys.
     * Cities (custom attribute "tier" for t1, t2): c01 has 3 customers (2 buy), c02 2, none 2 (n1, n2),
     * c03 to c12 one each (c03 buys).
     */
    @BeforeAll
    void sendEvents() {
        f = new FunnelFixture(port);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(f.event("w1", "view", "web", "2026-06-01T08:00:00Z"));
        events.add(f.event("w1", "buy", "web", "2026-06-01T08:10:00Z"));
        events.add(f.event("w2", "view", "web", "2026-06-01T08:00:00Z"));
        events.add(f.event("w2", "view", "app", "2026-06-01T08:00:00Z"));
        events.add(f.event("w2", "buy", "web", "2026-06-01T08:20:00Z"));
        events.add(f.event("w3", "view", "web", "2026-06-01T09:00:00Z"));
        events.add(f.event("a1", "view", "app", "2026-06-01T09:00:00Z"));
        events.add(f.event("a1", "buy", "app", "2026-06-01T09:30:00Z"));
        for (String customer : List.of("s1", "s2", "s3", "s4")) {
            events.add(f.event(customer, "look", "web", "2026-06-01T10:00:00Z"));
            if (!customer.equals("s3")) {
                events.add(f.event(customer, "order", "web", "2026-06-01T10:05:00Z"));
            }
        }
        List<String> cityCustomers = cityCustomers();
        for (String customer : cityCustomers) {
            events.add(f.event(customer, "open", "app", "2026-06-01T11:00:00Z"));
        }
        for (String customer : List.of("c01a", "c01b", "c03")) {
            events.add(f.event(customer, "pay", "app", "2026-06-01T11:30:00Z"));
        }
        f.send(events);
        f.tag(f.upsert("s1", Map.of(), null), "vip");
        long s2 = f.upsert("s2", Map.of(), null);
        f.tag(s2, "vip");
        f.tag(s2, "new");
        f.tag(f.upsert("s3", Map.of(), null), "new");
        f.tag(f.upsert("s4", Map.of(), null), "old");
        for (String customer : cityCustomers) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (!customer.startsWith("n")) {
                attributes.put("city", f.prefix + "-" + customer.substring(0, 3));
            }
            if (customer.equals("c01a") || customer.equals("c02a")) {
                attributes.put("custom", Map.of("tier", "gold"));
            }
            f.upsert(customer, attributes, null);
        }
    }

    private static List<String> cityCustomers() {
        List<String> customers = new ArrayList<>(List.of("c01a", "c01b", "c01c", "c02a", "c02b", "n1", "n2"));
        for (int c = 3; c <= 12; c++) {
            customers.add(String.format("c%02d", c));
        }
        return customers;
    }

    private JsonNode ask(String first, String second, Map<String, Object> breakdown) {
        Map<String, Object> body = f.body(List.of(f.step(first), f.step(second)), "1d", FROM, TO);
        body.put("breakdown", breakdown);
        return f.ask(body);
    }

    private static List<String> values(JsonNode answer) {
        List<String> values = new ArrayList<>();
        answer.get("breakdown").forEach(group -> values.add(group.get("value").asString()));
        return values;
    }

    @Test
    void byEntryChannelGroupsByTheChannelOfTheFirstStepsEvent() {
        JsonNode answer = ask("view", "buy", Map.of("by", "channel"));

        assertThat(FunnelFixture.customers(answer.get("steps"))).containsExactly(4L, 3L);
        // web: w1, w3; app: w2 (tie at its entry, app before web) and a1; equal sizes go by name
        assertThat(values(answer)).containsExactly("app", "web");
        JsonNode app = answer.get("breakdown").get(0);
        assertThat(app.get("kind").asString()).isEqualTo("value");
        assertThat(FunnelFixture.customers(app.get("steps"))).containsExactly(2L, 2L);
        // w2 20 min, a1 30 min
        assertThat(app.get("steps").get(1).get("medianSecondsFromPrevious").asDouble()).isEqualTo(1500.0);
        JsonNode web = answer.get("breakdown").get(1);
        assertThat(FunnelFixture.customers(web.get("steps"))).containsExactly(2L, 1L);
        assertThat(web.get("steps").get(1).get("conversionFromPrevious").asDouble()).isEqualTo(0.5);
        assertThat(web.get("steps").get(1).get("dropOff").asLong()).isEqualTo(1);
        assertThat(answer.get("breakdownBy").get("by").asString()).isEqualTo("channel");
    }

    @Test
    void bySegmentCountsACustomerInEachListedSegmentAndTheRestAsNone() {
        JsonNode answer = ask("look", "order", Map.of("by", "segment", "segments", List.of("vip", "new")));

        assertThat(FunnelFixture.customers(answer.get("steps"))).containsExactly(4L, 3L);
        // new: s2, s3 (1 ordered); vip: s1, s2 (both); none: s4 (its tag "old" was not asked for)
        assertThat(values(answer)).containsExactly("new", "vip", "(none)");
        assertThat(FunnelFixture.customers(answer.get("breakdown").get(0).get("steps"))).containsExactly(2L, 1L);
        assertThat(FunnelFixture.customers(answer.get("breakdown").get(1).get("steps"))).containsExactly(2L, 2L);
        JsonNode none = answer.get("breakdown").get(2);
        assertThat(none.get("kind").asString()).isEqualTo("none");
        assertThat(FunnelFixture.customers(none.get("steps"))).containsExactly(1L, 1L);
    }

    @Test
    void byAttributeShowsTheTenLargestGroupsThenTheOthersTogether() {
        JsonNode answer = ask("open", "pay", Map.of("by", "attribute", "key", "city"));

        assertThat(FunnelFixture.customers(answer.get("steps"))).containsExactly(17L, 3L);
        List<String> expected = new ArrayList<>(List.of(f.prefix + "-c01", f.prefix + "-c02", "(none)"));
        for (int c = 3; c <= 9; c++) {
            expected.add(String.format("%s-c%02d", f.prefix, c));
        }
        expected.add("(other)");
        // c01 (3), then c02 and no city (2 each; a value before none), then single cities by name up to ten groups
        assertThat(values(answer)).containsExactlyElementsOf(expected);
        JsonNode c01 = answer.get("breakdown").get(0);
        assertThat(FunnelFixture.customers(c01.get("steps"))).containsExactly(3L, 2L);
        JsonNode c03 = answer.get("breakdown").get(3);
        assertThat(FunnelFixture.customers(c03.get("steps"))).containsExactly(1L, 1L);
        JsonNode other = answer.get("breakdown").get(10);
        assertThat(other.get("kind").asString()).isEqualTo("other");
        // c10, c11 and c12
        assertThat(FunnelFixture.customers(other.get("steps"))).containsExactly(3L, 0L);
        assertThat(other.get("steps").get(1).get("medianSecondsFromPrevious").isNull()).isTrue();
    }

    @Test
    void byCustomAttribute() {
        JsonNode answer = ask("open", "pay", Map.of("by", "attribute", "key", "custom.tier"));

        assertThat(values(answer)).containsExactly("(none)", "gold");
        assertThat(FunnelFixture.customers(answer.get("breakdown").get(0).get("steps"))).containsExactly(15L, 2L);
        assertThat(FunnelFixture.customers(answer.get("breakdown").get(1).get("steps"))).containsExactly(2L, 1L);
    }

    @Test
    void theDroppedCustomersOfOneGroup() {
        Map<String, Object> body = f.body(List.of(f.step("open"), f.step("pay")), "1d", FROM, TO);
        body.put("breakdown", Map.of("by", "attribute", "key", "city"));
        body.put("step", 1);
        body.put("group", f.prefix + "-c01");
        JsonNode c01 = f.dropped(body);
        body.put("group", "(other)");
        JsonNode other = f.dropped(body);
        body.put("group", "(none)");
        JsonNode none = f.dropped(body);

        assertThat(c01.get("items").size()).isEqualTo(1);
        assertThat(c01.get("items").get(0).get("externalId").asString()).isEqualTo(f.externalId("c01c"));
        assertThat(other.get("items").size()).isEqualTo(3);
        assertThat(none.get("items").size()).isEqualTo(2);
    }
}
