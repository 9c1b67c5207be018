package org.hamsafar.journeys.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Paths from and to an anchor, checked against counts worked out by hand from one small week of
 * events. Event types, touchpoints and customers carry a prefix of this class's own, so events of
 * other tests never count.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyPathsQueryTest {
    private static final String QUERY = "/api/v1/journeys/paths/query";
    @LocalServerPort
    int port;
    Api api;
    String prefix;

    /**
     * The week of 2026-03-01 (UTC); anchor: the first "view" in [03-01, 03-08).
     * <pre>
     * c1  mail 03-01 08:00 (26 h before)  ad 03-02 09:00  ad 09:30  VIEW 03-02 10:00  view 10:01  cart 10:05  cart 10:06
     *     buy 10:30  view 03-03 10:00 (exactly 24 h after: inside a 1-day window)
     * c2  VIEW 03-02 09:00  cart 09:10 (on app)
     * c3  VIEW 03-03 12:00  search 12:05 (touchpoint "search")  cart 12:10  buy 12:20
     * c4  VIEW 03-04 08:00 and nothing else
     * c5  VIEW 03-05 08:00  cart 03-06 09:00 (25 h later)
     * c6  cart 03-05 07:00  VIEW 03-05 08:00  help 08:30 (on phone)
     * c7  view and cart on 02-28 only: never anchored
     * c8  view exactly at 03-08 00:00 (the end of the period, excluded)
     * </pre>
     * After, collapsing repeats: c1 [cart, buy, view], c2 [cart], c3 [search, cart, buy], c4 [], c5 [], c6 [help].
     * Before: c1 [ad] (two ads collapse; the mail is out of the window), c6 [cart], the others [].
     */
    @BeforeAll
    void sendTheWeek() {
        api = new Api(port);
        prefix = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("c1", "mail", "email", "2026-03-01T08:00:00Z"));
        events.add(event("c1", "ad", "web", "2026-03-02T09:00:00Z"));
        events.add(event("c1", "ad", "web", "2026-03-02T13:00:00+03:30"));
        events.add(event("c1", "view", "web", "2026-03-02T10:00:00Z"));
        events.add(event("c1", "view", "web", "2026-03-02T10:01:00Z"));
        events.add(event("c1", "cart", "web", "2026-03-02T10:05:00Z"));
        events.add(event("c1", "cart", "web", "2026-03-02T10:06:00Z"));
        events.add(event("c1", "buy", "web", "2026-03-02T10:30:00Z"));
        events.add(event("c1", "view", "web", "2026-03-03T10:00:00Z"));
        events.add(event("c2", "view", "web", "2026-03-02T09:00:00Z"));
        events.add(event("c2", "cart", "app", "2026-03-02T09:10:00Z"));
        events.add(event("c3", "view", "web", "2026-03-03T12:00:00Z"));
        Map<String, Object> search = event("c3", "search", "web", "2026-03-03T12:05:00Z");
        search.put("touchpoint", prefix + "-search");
        events.add(search);
        events.add(event("c3", "cart", "web", "2026-03-03T12:10:00Z"));
        events.add(event("c3", "buy", "web", "2026-03-03T12:20:00Z"));
        events.add(event("c4", "view", "web", "2026-03-04T08:00:00Z"));
        events.add(event("c5", "view", "web", "2026-03-05T08:00:00Z"));
        events.add(event("c5", "cart", "web", "2026-03-06T09:00:00Z"));
        events.add(event("c6", "cart", "web", "2026-03-05T07:00:00Z"));
        events.add(event("c6", "view", "web", "2026-03-05T08:00:00Z"));
        events.add(event("c6", "help", "phone", "2026-03-05T08:30:00Z"));
        events.add(event("c7", "view", "web", "2026-02-28T10:00:00Z"));
        events.add(event("c7", "cart", "web", "2026-02-28T10:05:00Z"));
        events.add(event("c8", "view", "web", "2026-03-08T00:00:00Z"));
        events.add(event("c8", "cart", "web", "2026-03-08T00:05:00Z"));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    private Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", t(type));
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    /** The prefixed event type. */
    private String t(String type) {
        return prefix + "_" + type;
    }

    private Map<String, Object> query() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("anchor", Map.of("type", t("view")));
        body.put("from", "2026-03-01T00:00:00Z");
        body.put("to", "2026-03-08T00:00:00Z");
        return body;
    }

    private JsonNode ask(Map<String, Object> body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Links as "source > target" = customers, with the prefix taken out of the labels. */
    private Map<String, Long> links(JsonNode answer) {
        Map<String, Long> links = new TreeMap<>();
        answer.get("links").forEach(link -> links.put(plain(link.get("source").asString()) + " > " + plain(link.get("target").asString()),
                link.get("customers").asLong()));
        return links;
    }

    private Map<String, Long> nodes(JsonNode answer) {
        Map<String, Long> nodes = new TreeMap<>();
        answer.get("nodes").forEach(node -> nodes.put(plain(node.get("id").asString()), node.get("customers").asLong()));
        return nodes;
    }

    /** Paths as "a,b,c" (empty for nothing after the anchor; "+" when they continue beyond the depth) = customers. */
    private Map<String, Long> paths(JsonNode answer) {
        Map<String, Long> paths = new TreeMap<>();
        answer.get("paths").forEach(path -> {
            List<String> steps = new ArrayList<>();
            path.get("steps").forEach(step -> steps.add(plain(step.asString())));
            paths.put(String.join(",", steps) + (path.get("continues").asBoolean() ? "+" : ""), path.get("customers").asLong());
        });
        return paths;
    }

    private String plain(String text) {
        return text.replace(prefix + "_", "").replace(prefix + "-", "");
    }

    @Test
    void pathsAfterTheAnchorCollapseRepeatsAndEndPerLevel() {
        JsonNode answer = ask(query());

        assertThat(answer.get("customers").asLong()).isEqualTo(6);
        assertThat(links(answer)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("0:anchor > 1:cart", 2L), Map.entry("0:anchor > 1:search", 1L), Map.entry("0:anchor > 1:help", 1L),
                Map.entry("0:anchor > 1:(end)", 2L),
                Map.entry("1:cart > 2:buy", 1L), Map.entry("1:cart > 2:(end)", 1L), Map.entry("1:search > 2:cart", 1L),
                Map.entry("1:help > 2:(end)", 1L),
                Map.entry("2:buy > 3:view", 1L), Map.entry("2:cart > 3:buy", 1L),
                Map.entry("3:view > 4:(end)", 1L), Map.entry("3:buy > 4:(end)", 1L)));
        assertThat(nodes(answer)).containsEntry("0:anchor", 6L).containsEntry("1:cart", 2L).containsEntry("1:(end)", 2L)
                .containsEntry("2:(end)", 2L).containsEntry("4:(end)", 2L).hasSize(11);
        assertThat(paths(answer)).containsExactlyInAnyOrderEntriesOf(Map.of("", 2L, "cart", 1L, "cart,buy,view", 1L, "help", 1L,
                "search,cart,buy", 1L));
        JsonNode first = answer.get("paths").get(0);
        assertThat(first.get("steps").size()).isZero();
        assertThat(first.get("share").asDouble()).isEqualTo(2.0 / 6);
        JsonNode anchor = answer.get("nodes").get(0);
        assertThat(anchor.get("kind").asString()).isEqualTo("anchor");
        assertThat(anchor.get("label").asString()).isEqualTo(t("view"));
        assertThat(answer.get("window").asString()).isEqualTo("P1D");
        assertThat(answer.get("depth").asInt()).isEqualTo(4);
        assertThat(answer.get("direction").asString()).isEqualTo("after");
    }

    @Test
    void aSegmentAnchorsOnlyItsMembers() {
        String segment = prefix + "-seg";
        for (String customer : List.of("c1", "c3")) {
            api.tag(prefix + "-" + customer, segment, HamsafarTest.ADMIN_KEY);
        }
        Map<String, Object> body = query();
        body.put("segment", segment);
        JsonNode answer = ask(body);

        assertThat(answer.get("customers").asLong()).isEqualTo(2);
        assertThat(answer.get("segment").asString()).isEqualTo(segment);
        assertThat(paths(answer)).containsExactlyInAnyOrderEntriesOf(Map.of("cart,buy,view", 1L, "search,cart,buy", 1L));
        body.put("segment", prefix + "-nobody");
        assertThat(ask(body).get("customers").asLong()).isZero();
    }

    @Test
    void withoutCollapsingEveryEventIsAStepAndPathsAreCutAtTheDepth() {
        Map<String, Object> body = query();
        body.put("collapseRepeats", false);
        body.put("depth", 3);

        JsonNode answer = ask(body);

        // c1: view, cart, cart | buy, view beyond the depth
        assertThat(paths(answer)).containsExactlyInAnyOrderEntriesOf(Map.of("", 2L, "cart", 1L, "view,cart,cart+", 1L, "help", 1L,
                "search,cart,buy", 1L));
        assertThat(links(answer)).containsEntry("0:anchor > 1:view", 1L).containsEntry("2:cart > 3:cart", 1L)
                .containsEntry("2:cart > 3:buy", 1L).doesNotContainKey("3:cart > 4:(end)");
    }

    @Test
    void aShorterWindowCutsThePathAndALongerOneReachesFurther() {
        Map<String, Object> shorter = query();
        shorter.put("window", "1439m");
        Map<String, Object> longer = query();
        longer.put("window", "P2D");

        // c1's second view comes exactly 24 h after the anchor; c5's cart 25 h after.
        assertThat(paths(ask(shorter))).containsEntry("cart,buy", 1L).doesNotContainKey("cart,buy,view").containsEntry("", 2L);
        assertThat(paths(ask(longer))).containsEntry("cart,buy,view", 1L).containsEntry("", 1L).containsEntry("cart", 2L);
    }

    @Test
    void pathsBeforeTheAnchorAreReadBackwardsWithinTheWindow() {
        Map<String, Object> body = query();
        body.put("direction", "before");

        JsonNode answer = ask(body);

        assertThat(answer.get("customers").asLong()).isEqualTo(6);
        assertThat(links(answer)).containsExactlyInAnyOrderEntriesOf(Map.of("0:anchor > 1:(end)", 4L, "0:anchor > 1:ad", 1L,
                "0:anchor > 1:cart", 1L, "1:ad > 2:(end)", 1L, "1:cart > 2:(end)", 1L));
        body.put("collapseRepeats", false);
        assertThat(paths(ask(body))).containsEntry("ad,ad", 1L).containsEntry("cart", 1L).containsEntry("", 4L);
    }

    @Test
    void theLessCommonNamesOfALevelMergeIntoOther() {
        Map<String, Object> body = query();
        body.put("topPerLevel", 1);

        JsonNode answer = ask(body);

        // Level 1: cart (2) stays, search and help merge. Levels 2 (buy, cart) and 3 (view, buy) tie: the first by name stays.
        assertThat(links(answer)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("0:anchor > 1:cart", 2L), Map.entry("0:anchor > 1:(other)", 2L), Map.entry("0:anchor > 1:(end)", 2L),
                Map.entry("1:cart > 2:buy", 1L), Map.entry("1:cart > 2:(end)", 1L), Map.entry("1:(other) > 2:(other)", 1L),
                Map.entry("1:(other) > 2:(end)", 1L),
                Map.entry("2:buy > 3:(other)", 1L), Map.entry("2:(other) > 3:buy", 1L),
                Map.entry("3:(other) > 4:(end)", 1L), Map.entry("3:buy > 4:(end)", 1L)));
        assertThat(nodes(answer)).containsEntry("1:(other)", 2L);
        // The list of complete paths keeps the real names.
        assertThat(paths(answer)).containsEntry("search,cart,buy", 1L);
        assertThat(answer.get("nodes").toString()).contains("\"kind\":\"other\"");
    }

    @Test
    void excludedTypesAreSkipped() {
        Map<String, Object> body = query();
        body.put("exclude", List.of(t("search"), t("help")));

        assertThat(paths(ask(body))).containsExactlyInAnyOrderEntriesOf(Map.of("", 3L, "cart", 1L, "cart,buy", 1L, "cart,buy,view", 1L));
    }

    @Test
    void nodesMayBeNamedByChannelTouchpointOrBoth() {
        Map<String, Object> byChannel = query();
        byChannel.put("nodeBy", "channel");
        Map<String, Object> byTouchpoint = query();
        byTouchpoint.put("nodeBy", "touchpoint");
        Map<String, Object> byBoth = query();
        byBoth.put("nodeBy", "channel_type");
        byBoth.put("depth", 1);

        // By channel, c1 and c3 stay on the web like their anchor, so they collapse into nothing.
        assertThat(paths(ask(byChannel))).containsExactlyInAnyOrderEntriesOf(Map.of("", 4L, "app", 1L, "phone", 1L));
        assertThat(paths(ask(byTouchpoint))).containsEntry("search,(none)", 1L).containsEntry("", 5L);
        assertThat(links(ask(byBoth))).containsEntry("0:anchor > 1:web/cart", 1L).containsEntry("0:anchor > 1:app/cart", 1L)
                .containsEntry("0:anchor > 1:phone/help", 1L).containsEntry("0:anchor > 1:web/search", 1L);
    }

    @Test
    void anAnchorMayBeAChannelAndATouchpoint() {
        Map<String, Object> body = query();
        body.put("anchor", Map.of("touchpoint", prefix + "-search", "channel", "web"));

        JsonNode answer = ask(body);

        assertThat(answer.get("customers").asLong()).isEqualTo(1);
        assertThat(paths(answer)).containsExactly(Map.entry("cart,buy", 1L));
        assertThat(answer.get("nodes").get(0).get("label").asString()).isEqualTo(prefix + "-search · web");
    }

    @Test
    void noAnchoredCustomerGivesAnEmptyAnswer() {
        Map<String, Object> body = query();
        body.put("anchor", Map.of("type", t("never")));

        JsonNode answer = ask(body);

        assertThat(answer.get("customers").asLong()).isZero();
        assertThat(answer.get("links").size()).isZero();
        assertThat(answer.get("paths").size()).isZero();
        assertThat(answer.get("nodes").size()).isEqualTo(1);
    }

    @Test
    void aReadKeyMayQuery() {
        Api.Reply key = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", prefix + " reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);

        Api.Reply reply = api.post(QUERY, key.json().get("secret").asString(), Api.json(Map.of("anchor", Map.of("channel", "web"))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("topPerLevel").asInt()).isEqualTo(8);
        assertThat(reply.json().get("collapseRepeats").asBoolean()).isTrue();
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
        body.put("anchor", Map.of("type", "Not A Key", "colour", "red"));
        body.put("direction", "sideways");
        body.put("depth", 0);
        body.put("nodeBy", "colour");
        body.put("window", "PT0S");
        body.put("topPerLevel", 21);
        body.put("collapseRepeats", "yes");
        body.put("exclude", List.of("page_view", 5));
        body.put("segment", "VIP customers");
        assertThat(badFields(body)).containsExactlyInAnyOrder("anchor.type", "anchor.colour", "direction", "depth", "nodeBy",
                "window", "topPerLevel", "collapseRepeats", "exclude[1]", "segment");

        Map<String, Object> view = Map.of("type", "view");
        assertThat(badFields(Map.of("anchor", view, "depth", 9))).containsExactly("depth");
        assertThat(badFields(Map.of("anchor", view, "depth", "4"))).containsExactly("depth");
        assertThat(badFields(Map.of("anchor", view, "depth", 2.5))).containsExactly("depth");
        assertThat(badFields(Map.of("depth", 3))).containsExactly("anchor");
        assertThat(badFields(Map.of("anchor", Map.of()))).containsExactly("anchor");
        assertThat(badFields(Map.of("anchor", "view"))).containsExactly("anchor");
        assertThat(badFields(Map.of("anchor", Map.of("channel", "fax")))).containsExactly("anchor.channel");
        assertThat(badFields(Map.of("anchor", view, "window", "91d"))).containsExactly("window");
        assertThat(badFields(Map.of("anchor", view, "window", 7))).containsExactly("window");
        assertThat(badFields(Map.of("anchor", view, "window", "soon"))).containsExactly("window");
        assertThat(badFields(Map.of("anchor", view, "topPerLevel", 0))).containsExactly("topPerLevel");
        assertThat(badFields(Map.of("anchor", view, "exclude", "page_view"))).containsExactly("exclude");
        assertThat(badFields(Map.of("anchor", view, "from", "2026-03-01T00:00:00"))).containsExactly("from");
        assertThat(badFields(Map.of("anchor", view, "from", "2026-03-02", "to", "2026-03-01"))).containsExactly("to");
        assertThat(badFields(List.of("not", "an", "object"))).containsExactly("body");
    }
}
