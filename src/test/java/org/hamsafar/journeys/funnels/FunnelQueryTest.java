package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class FunnelQueryTest {
    private static final String QUERY = "/api/v1/journeys/funnels/query";
    @LocalServerPort
    int port;
    Api api;
    /** Event types and customers unique to each test, so other tests' events never count. */
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    private void send(List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    /**
     * Six customers in the week of 2026-03-01 (UTC), steps view, cart, buy-on-web:
     * A view 10:00, cart +600 s, buy (web) +3600 s, plus a view before the period that must not be the entry;
     * B view, cart +1200 s, buy (web) +600 s, a second cart later (the earliest counts);
     * C view, cart +1800 s, buy on app +600 s (wrong channel), buy on web 25 h after entering;
     * D cart one hour BEFORE its view (out of order), then a buy: only step 0;
     * E views exactly at {@code to} (excluded); F only carts.
     */
    private void sendTheWeek() {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("a", "view", "web", "2026-02-28T09:00:00Z"));
        events.add(event("a", "view", "web", "2026-03-02T10:00:00Z"));
        events.add(event("a", "cart", "web", "2026-03-02T10:10:00Z"));
        events.add(event("a", "buy", "web", "2026-03-02T11:10:00Z"));
        events.add(event("b", "view", "app", "2026-03-03T12:30:00+03:30"));
        events.add(event("b", "cart", "app", "2026-03-03T09:20:00Z"));
        events.add(event("b", "buy", "web", "2026-03-03T09:30:00Z"));
        events.add(event("b", "cart", "web", "2026-03-03T09:50:00Z"));
        events.add(event("c", "view", "web", "2026-03-04T08:00:00Z"));
        events.add(event("c", "cart", "web", "2026-03-04T08:30:00Z"));
        events.add(event("c", "buy", "app", "2026-03-04T08:40:00Z"));
        events.add(event("c", "buy", "web", "2026-03-05T09:00:00Z"));
        events.add(event("d", "cart", "web", "2026-03-05T11:00:00Z"));
        events.add(event("d", "view", "web", "2026-03-05T12:00:00Z"));
        events.add(event("d", "buy", "web", "2026-03-05T12:30:00Z"));
        events.add(event("e", "view", "web", "2026-03-08T00:00:00Z"));
        events.add(event("e", "cart", "web", "2026-03-08T00:05:00Z"));
        events.add(event("f", "cart", "web", "2026-03-06T10:00:00Z"));
        send(events);
    }

    private Map<String, Object> query(String window) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("steps", List.of(Map.of("type", prefix + "_view"), Map.of("type", prefix + "_cart"),
                Map.of("type", prefix + "_buy", "channel", "web")));
        body.put("window", window);
        body.put("from", "2026-03-01T00:00:00Z");
        body.put("to", "2026-03-08T00:00:00Z");
        return body;
    }

    private JsonNode ask(Object body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void countsEachStepInOrderWithinTheWindowWithConversionsAndMedianGaps() {
        sendTheWeek();

        JsonNode answer = ask(query("1d"));

        JsonNode steps = answer.get("steps");
        assertThat(steps.size()).isEqualTo(3);
        assertThat(steps.get(0).get("index").asInt()).isZero();
        assertThat(steps.get(0).get("customers").asLong()).isEqualTo(4);
        assertThat(steps.get(0).get("conversionFromFirst").asDouble()).isEqualTo(1.0);
        assertThat(steps.get(0).get("dropOff").asLong()).isZero();
        assertThat(steps.get(0).get("medianSecondsFromPrevious").isNull()).as(steps.toString()).isTrue();

        assertThat(steps.get(1).get("customers").asLong()).isEqualTo(3);
        assertThat(steps.get(1).get("conversionFromPrevious").asDouble()).isEqualTo(0.75);
        assertThat(steps.get(1).get("conversionFromFirst").asDouble()).isEqualTo(0.75);
        assertThat(steps.get(1).get("dropOff").asLong()).isEqualTo(1);
        // gaps 600, 1200, 1800 s
        assertThat(steps.get(1).get("medianSecondsFromPrevious").asDouble()).isEqualTo(1200.0);

        assertThat(steps.get(2).get("customers").asLong()).isEqualTo(2);
        assertThat(steps.get(2).get("conversionFromPrevious").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(steps.get(2).get("conversionFromFirst").asDouble()).isEqualTo(0.5);
        assertThat(steps.get(2).get("dropOff").asLong()).isEqualTo(1);
        // gaps 3600 and 600 s: the median of two is their mean
        assertThat(steps.get(2).get("medianSecondsFromPrevious").asDouble()).isEqualTo(2100.0);
        assertThat(steps.get(2).get("channel").asString()).isEqualTo("web");

        assertThat(answer.get("window").asString()).isEqualTo("1d");
        assertThat(answer.get("from").asString()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(answer.get("to").asString()).isEqualTo("2026-03-08T00:00:00Z");
    }

    @Test
    void aWiderWindowLetsTheLateBuyerThrough() {
        sendTheWeek();

        JsonNode steps = ask(query("P2D")).get("steps");

        assertThat(steps.get(2).get("customers").asLong()).isEqualTo(3);
        // gaps 3600, 600 and C's 24.5 h = 88200 s
        assertThat(steps.get(2).get("medianSecondsFromPrevious").asDouble()).isEqualTo(3600.0);
        assertThat(steps.get(2).get("conversionFromPrevious").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aStepMayMatchOnChannelOrTouchpointAlone() {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> landing = event("g", "visit", "web", "2026-04-01T10:00:00Z");
        landing.put("touchpoint", prefix + "-landing");
        events.add(landing);
        events.add(event("g", "call", "phone", "2026-04-01T10:01:30Z"));
        Map<String, Object> other = event("h", "visit", "web", "2026-04-01T11:00:00Z");
        other.put("touchpoint", prefix + "-landing");
        events.add(other);
        send(events);

        JsonNode steps = ask(Map.of("steps", List.of(Map.of("touchpoint", prefix + "-landing"), Map.of("channel", "phone")),
                "window", "90m", "from", "2026-04-01", "to", "2026-04-02")).get("steps");

        assertThat(steps.get(0).get("customers").asLong()).isEqualTo(2);
        assertThat(steps.get(1).get("customers").asLong()).isEqualTo(1);
        assertThat(steps.get(1).get("medianSecondsFromPrevious").asDouble()).isEqualTo(90.0);
        assertThat(steps.get(1).get("conversionFromPrevious").asDouble()).isEqualTo(0.5);
    }

    @Test
    void eachStepNeedsItsOwnLaterEventSoARepeatedStepNeedsASecondEvent() {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("once", "visit", "web", "2026-04-10T10:00:00Z"));
        events.add(event("twice", "visit", "web", "2026-04-10T10:00:00Z"));
        events.add(event("twice", "visit", "web", "2026-04-10T10:00:45Z"));
        events.add(event("same", "visit", "web", "2026-04-10T11:00:00Z"));
        events.add(event("same", "call", "phone", "2026-04-10T11:00:00Z"));
        send(events);
        Map<String, Object> visit = Map.of("type", prefix + "_visit");

        JsonNode repeated = ask(Map.of("steps", List.of(visit, visit), "window", "1h", "from", "2026-04-10T00:00:00Z",
                "to", "2026-04-11T00:00:00Z")).get("steps");
        JsonNode sameInstant = ask(Map.of("steps", List.of(visit, Map.of("type", prefix + "_call")), "window", "1h",
                "from", "2026-04-10T00:00:00Z", "to", "2026-04-11T00:00:00Z")).get("steps");

        assertThat(repeated.get(0).get("customers").asLong()).isEqualTo(3);
        assertThat(repeated.get(1).get("customers").asLong()).isEqualTo(1);
        assertThat(repeated.get(1).get("medianSecondsFromPrevious").asDouble()).isEqualTo(45.0);
        // a call at the very instant of the visit is not after it
        assertThat(sameInstant.get(1).get("customers").asLong()).isZero();
        assertThat(sameInstant.get(1).get("dropOff").asLong()).isEqualTo(3);
    }

    @Test
    void noEntrantsGivesZeroCountsAndNullRates() {
        JsonNode steps = ask(Map.of("steps", List.of(Map.of("type", prefix + "_x"), Map.of("type", prefix + "_y")),
                "from", "2026-01-01T00:00:00+03:30", "to", "2026-01-02T00:00:00+03:30")).get("steps");

        assertThat(steps.get(0).get("customers").asLong()).isZero();
        assertThat(steps.get(1).get("customers").asLong()).isZero();
        assertThat(steps.get(1).get("conversionFromPrevious").isNull()).as(steps.toString()).isTrue();
        assertThat(steps.get(1).get("medianSecondsFromPrevious").isNull()).isTrue();
    }

    @Test
    void aReadKeyMayQuery() {
        Api.Reply key = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", prefix + " reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);

        Api.Reply reply = api.post(QUERY, key.json().get("secret").asString(),
                Api.json(Map.of("steps", List.of(Map.of("type", prefix + "_x"), Map.of("channel", "email")))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("window").asString()).isEqualTo("P7D");
    }

    private List<String> badFields(Object body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void badInputNamesEachField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("steps", List.of(Map.of("type", "view"), Map.of("type", "Not A Key"), Map.of("channel", "fax"), Map.of(),
                Map.of("type", "buy", "colour", "red")));
        body.put("window", "2 weeks");
        body.put("from", "yesterday");
        body.put("segment", "vip");
        assertThat(badFields(body)).containsExactlyInAnyOrder("steps[1].type", "steps[2].channel", "steps[3]",
                "steps[4].colour", "window", "from", "segment");

        assertThat(badFields(Map.of("steps", List.of(Map.of("type", "view"))))).containsExactly("steps");
        assertThat(badFields(Map.of("window", "7d"))).containsExactly("steps");
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("type", "s" + i));
        }
        assertThat(badFields(Map.of("steps", many))).containsExactly("steps");
        List<Map<String, String>> two = List.of(Map.of("type", "a"), Map.of("type", "b"));
        assertThat(badFields(Map.of("steps", two, "window", "91d"))).containsExactly("window");
        assertThat(badFields(Map.of("steps", two, "window", "PT0S"))).containsExactly("window");
        assertThat(badFields(Map.of("steps", two, "window", 7))).containsExactly("window");
        assertThat(badFields(Map.of("steps", two, "from", "2026-03-01T00:00:00"))).containsExactly("from");
        assertThat(badFields(Map.of("steps", two, "from", "2026-03-02", "to", "2026-03-01"))).containsExactly("to");
        assertThat(badFields(List.of("not", "an", "object"))).containsExactly("body");
    }
}
