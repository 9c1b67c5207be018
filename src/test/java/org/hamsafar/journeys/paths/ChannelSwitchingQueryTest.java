package org.hamsafar.journeys.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Channel switching checked against episodes worked out by hand. Event types, touchpoints and
 * customers carry a prefix of this class's own; the touchpoint-intent case uses a week of 2011
 * that no other test writes to, because without intents every touchpoint in the store counts.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelSwitchingQueryTest {
    private static final String QUERY = "/api/v1/journeys/channel-switching/query";
    @LocalServerPort
    int port;
    Api api;
    String prefix;

    /**
     * Intent "support" = a contact or a call; "browse" = a view. The week of 2026-03-01 (UTC):
     * <pre>
     * s1  contact web 03-02 10:00, call phone 12:00                 web, switched to phone after 7200 s
     * s2  contact web 03-02 10:00, contact web 11:00,               web, no switch (the call is 1 s past the window)
     *     call phone 03-03 10:00:01                                 then phone: a second episode, no switch
     * s3  call phone 03-04 09:00, contact chat 09:30,               phone, switched to chat after 1800 s; the web contacts
     *     contact web 10:00, contact web 03-05 08:00 and 09:00      up to exactly 24 h later belong to that episode
     *     contact web 03-05 09:00:01, call phone 10:00              web (a new episode), switched to phone after 3599 s
     * s4  contact web 03-07 23:00, call phone 03-08 01:00           web, switched to phone after `to`: 7200 s
     * s5  contact web 03-08 00:00                                   at `to`: no episode
     * s6  call phone 03-01 00:00                                    at `from`: phone, no switch
     * s7  call phone and contact web at the same instant 03-06 10:00 phone (the smaller channel key), no switch
     * b1  view web 03-02 10:00, view app 10:10                      browse: web, switched to app after 600 s
     * </pre>
     * Support: 8 episodes, 4 switched; web 4 (3 to phone), phone 4 (1 to chat); times 7200, 1800, 3599, 7200.
     */
    @BeforeAll
    void sendTheWeek() {
        api = new Api(port);
        prefix = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("s1", "contact", "web", "2026-03-02T10:00:00Z"));
        events.add(event("s1", "call", "phone", "2026-03-02T12:00:00Z"));
        events.add(event("s2", "contact", "web", "2026-03-02T10:00:00Z"));
        events.add(event("s2", "contact", "web", "2026-03-02T11:00:00Z"));
        events.add(event("s2", "call", "phone", "2026-03-03T10:00:01Z"));
        events.add(event("s3", "call", "phone", "2026-03-04T09:00:00Z"));
        events.add(event("s3", "contact", "chat", "2026-03-04T09:30:00Z"));
        events.add(event("s3", "contact", "web", "2026-03-04T10:00:00Z"));
        events.add(event("s3", "contact", "web", "2026-03-05T08:00:00Z"));
        events.add(event("s3", "contact", "web", "2026-03-05T09:00:00Z"));
        events.add(event("s3", "contact", "web", "2026-03-05T09:00:01Z"));
        events.add(event("s3", "call", "phone", "2026-03-05T10:00:00Z"));
        events.add(event("s4", "contact", "web", "2026-03-07T23:00:00Z"));
        events.add(event("s4", "call", "phone", "2026-03-08T01:00:00Z"));
        events.add(event("s5", "contact", "web", "2026-03-08T00:00:00Z"));
        events.add(event("s6", "call", "phone", "2026-03-01T00:00:00Z"));
        events.add(event("s7", "call", "phone", "2026-03-06T10:00:00Z"));
        events.add(event("s7", "contact", "web", "2026-03-06T10:00:00Z"));
        events.add(event("b1", "view", "web", "2026-03-02T10:00:00Z"));
        events.add(event("b1", "view", "app", "2026-03-02T10:10:00Z"));
        // The touchpoint-intent week, 2011-07-10 to 2011-07-17:
        events.add(touchpointEvent("t1", "a", "web", "2011-07-11T10:00:00Z"));
        events.add(touchpointEvent("t1", "a", "phone", "2011-07-11T11:00:00Z"));
        events.add(touchpointEvent("t2", "a", "app", "2011-07-12T10:00:00Z"));
        events.add(touchpointEvent("t3", "b", "web", "2011-07-12T10:00:00Z"));
        events.add(touchpointEvent("t3", "b", "web", "2011-07-12T12:00:00Z"));
        events.add(touchpointEvent("t3", null, "phone", "2011-07-12T10:30:00Z"));
        send(events);
    }

    private void send(List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    private Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    private Map<String, Object> touchpointEvent(String customer, String touchpoint, String channel, String occurredAt) {
        Map<String, Object> event = event(customer, "contact", channel, occurredAt);
        if (touchpoint != null) {
            event.put("touchpoint", prefix + "-" + touchpoint);
        }
        return event;
    }

    private Map<String, Object> query(String window) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intents", List.of(
                Map.of("key", "support", "match", List.of(Map.of("type", prefix + "_contact"), Map.of("type", prefix + "_call"))),
                Map.of("key", "browse", "match", List.of(Map.of("type", prefix + "_view")))));
        if (window != null) {
            body.put("window", window);
        }
        body.put("from", "2026-03-01T00:00:00Z");
        body.put("to", "2026-03-08T00:00:00Z");
        return body;
    }

    private JsonNode ask(Object body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, Long> matrix(JsonNode summary) {
        Map<String, Long> cells = new TreeMap<>();
        summary.get("matrix").forEach(cell -> cells.put(cell.get("from").asString() + ">" + cell.get("to").asString(),
                cell.get("switches").asLong()));
        return cells;
    }

    private static JsonNode fromChannel(JsonNode summary, String channel) {
        for (JsonNode from : summary.get("fromChannels")) {
            if (from.get("channel").asString().equals(channel)) {
                return from;
            }
        }
        throw new AssertionError("no from-channel " + channel + " in " + summary);
    }

    @Test
    void countsEpisodesSwitchesRatesMatrixAndMedianPerIntent() {
        JsonNode answer = ask(query(null));

        assertThat(answer.get("window").asString()).isEqualTo("PT24H");
        assertThat(answer.get("intentSource").asString()).isEqualTo("request");
        JsonNode support = answer.get("intents").get(0);
        assertThat(support.get("intent").asString()).isEqualTo("support");
        assertThat(support.get("episodes").asLong()).isEqualTo(8);
        assertThat(support.get("switched").asLong()).isEqualTo(4);
        assertThat(support.get("switchingRate").asDouble()).isEqualTo(0.5);
        // 1800, 3599, 7200, 7200: the median of four is the mean of the middle two
        assertThat(support.get("medianSecondsToSwitch").asDouble()).isEqualTo(5399.5);
        assertThat(matrix(support)).containsExactlyInAnyOrderEntriesOf(Map.of("web>phone", 3L, "phone>chat", 1L));
        JsonNode webToPhone = support.get("topPairs").get(0);
        assertThat(webToPhone.get("from").asString()).isEqualTo("web");
        assertThat(webToPhone.get("to").asString()).isEqualTo("phone");
        assertThat(webToPhone.get("shareOfFrom").asDouble()).isEqualTo(0.75);
        assertThat(webToPhone.get("shareOfSwitches").asDouble()).isEqualTo(0.75);
        assertThat(webToPhone.get("medianSecondsToSwitch").asDouble()).isEqualTo(7200.0);
        JsonNode phoneToChat = support.get("topPairs").get(1);
        assertThat(phoneToChat.get("shareOfFrom").asDouble()).isEqualTo(0.25);
        assertThat(phoneToChat.get("medianSecondsToSwitch").asDouble()).isEqualTo(1800.0);
        assertThat(fromChannel(support, "web").get("episodes").asLong()).isEqualTo(4);
        assertThat(fromChannel(support, "web").get("switchingRate").asDouble()).isEqualTo(0.75);
        assertThat(fromChannel(support, "phone").get("episodes").asLong()).isEqualTo(4);
        assertThat(fromChannel(support, "phone").get("switched").asLong()).isEqualTo(1);

        JsonNode browse = answer.get("intents").get(1);
        assertThat(browse.get("intent").asString()).isEqualTo("browse");
        assertThat(browse.get("episodes").asLong()).isEqualTo(1);
        assertThat(matrix(browse)).containsExactly(Map.entry("web>app", 1L));
        assertThat(browse.get("medianSecondsToSwitch").asDouble()).isEqualTo(600.0);

        JsonNode overall = answer.get("overall");
        assertThat(overall.get("intent").isNull()).isTrue();
        assertThat(overall.get("episodes").asLong()).isEqualTo(9);
        assertThat(overall.get("switched").asLong()).isEqualTo(5);
        assertThat(overall.get("switchingRate").asDouble()).isCloseTo(5.0 / 9, within(1e-12));
        assertThat(overall.get("medianSecondsToSwitch").asDouble()).isEqualTo(3599.0);
        assertThat(matrix(overall)).containsExactlyInAnyOrderEntriesOf(Map.of("web>phone", 3L, "phone>chat", 1L, "web>app", 1L));
        assertThat(fromChannel(overall, "web").get("episodes").asLong()).isEqualTo(5);
        assertThat(overall.get("topPairs").get(0).get("shareOfFrom").asDouble()).isEqualTo(0.6);
    }

    /** s1 and s3 alone: s1 web to phone (7200 s), s3 phone to chat (1800 s) and later web to phone (3599 s). */
    @Test
    void aSegmentCountsOnlyItsMembersEpisodes() {
        String segment = prefix + "-seg";
        for (String customer : List.of("s1", "s3")) {
            api.tag(prefix + "-" + customer, segment, HamsafarTest.ADMIN_KEY);
        }
        Map<String, Object> body = query(null);
        body.put("segment", segment);
        JsonNode answer = ask(body);

        assertThat(answer.get("segment").asString()).isEqualTo(segment);
        JsonNode support = answer.get("intents").get(0);
        assertThat(support.get("episodes").asLong()).isEqualTo(3);
        assertThat(support.get("switched").asLong()).isEqualTo(3);
        assertThat(support.get("medianSecondsToSwitch").asDouble()).isEqualTo(3599.0);
        assertThat(matrix(support)).containsExactlyInAnyOrderEntriesOf(Map.of("web>phone", 2L, "phone>chat", 1L));
        assertThat(answer.get("intents").get(1).get("episodes").asLong()).isZero();
        assertThat(answer.get("overall").get("episodes").asLong()).isEqualTo(3);
    }

    /**
     * With a one-hour window: s1 two episodes (the call 2 h later is past it), s2 two, s3 three
     * (the contact exactly 1 h after a start still belongs to it; 1 s later starts the next one; the
     * call 3599 s after that start is a switch), s4, s6 and s7 one each: 10 episodes, 2 switched.
     */
    @Test
    void aNewEpisodeStartsOnlyAfterThePreviousWindowEnds() {
        JsonNode support = ask(query("1h")).get("intents").get(0);

        assertThat(support.get("episodes").asLong()).isEqualTo(10);
        assertThat(support.get("switched").asLong()).isEqualTo(2);
        assertThat(matrix(support)).containsExactlyInAnyOrderEntriesOf(Map.of("phone>chat", 1L, "web>phone", 1L));
        assertThat(support.get("medianSecondsToSwitch").asDouble()).isEqualTo((1800.0 + 3599.0) / 2);
    }

    /**
     * Intent "q" (any channel), window 1 h, 2026-04-06 (UTC). Each customer's events and episodes:
     * <pre>
     * q1  web 10:00, phone 10:20                          web, switched to phone after 1200 s (the next event)
     * q2  web 10:00, web 10:10, app 10:40                 web, switched to app after 2400 s (the second next)
     * q3  web 10:00, web 10:10 twice, app 10:50           web, switched to app after 3000 s (three events after the start)
     * q4  web 10:00, chat and phone at 10:30              web, switched to chat (the smaller key) after 1800 s
     * q5  web 10:00, web 10:50, web 11:40, phone 12:10    web, no switch; then web 11:40 without a gap, switched after 1800 s
     * q6  web 10:00, web 10:30, web 10:55, app 11:30      web, no switch; then app 11:30 without a gap, no switch
     * q7  web 10:00, phone 11:00:00                       web, switched to phone at the window's last instant, 3600 s
     * q8  web 10:00, phone 11:00:00.000001                web, no switch; then phone, no switch (a microsecond too late)
     * q9  web 23:00, web 23:50, web 04-07 00:20           web, no switch; 00:20 would start one but is after `to`
     * </pre>
     * 12 episodes (web 10, app 1, phone 1), 6 switched: web>phone 1200, 1800, 3600; web>app 2400,
     * 3000; web>chat 1800. Median 2100.
     */
    @Test
    void episodesAreSettledByTheEventsAroundTheirStart() {
        List<Map<String, Object>> events = new ArrayList<>();
        String day = "2026-04-06T";
        events.add(event("q1", "q", "web", day + "10:00:00Z"));
        events.add(event("q1", "q", "phone", day + "10:20:00Z"));
        events.add(event("q2", "q", "web", day + "10:00:00Z"));
        events.add(event("q2", "q", "web", day + "10:10:00Z"));
        events.add(event("q2", "q", "app", day + "10:40:00Z"));
        events.add(event("q3", "q", "web", day + "10:00:00Z"));
        events.add(event("q3", "q", "web", day + "10:10:00Z"));
        events.add(event("q3", "q", "web", day + "10:10:00Z"));
        events.add(event("q3", "q", "app", day + "10:50:00Z"));
        events.add(event("q4", "q", "web", day + "10:00:00Z"));
        events.add(event("q4", "q", "phone", day + "10:30:00Z"));
        events.add(event("q4", "q", "chat", day + "10:30:00Z"));
        events.add(event("q5", "q", "web", day + "10:00:00Z"));
        events.add(event("q5", "q", "web", day + "10:50:00Z"));
        events.add(event("q5", "q", "web", day + "11:40:00Z"));
        events.add(event("q5", "q", "phone", day + "12:10:00Z"));
        events.add(event("q6", "q", "web", day + "10:00:00Z"));
        events.add(event("q6", "q", "web", day + "10:30:00Z"));
        events.add(event("q6", "q", "web", day + "10:55:00Z"));
        events.add(event("q6", "q", "app", day + "11:30:00Z"));
        events.add(event("q7", "q", "web", day + "10:00:00Z"));
        events.add(event("q7", "q", "phone", day + "11:00:00Z"));
        events.add(event("q8", "q", "web", day + "10:00:00Z"));
        events.add(event("q8", "q", "phone", day + "11:00:00.000001Z"));
        events.add(event("q9", "q", "web", day + "23:00:00Z"));
        events.add(event("q9", "q", "web", day + "23:50:00Z"));
        events.add(event("q9", "q", "web", "2026-04-07T00:20:00Z"));
        send(events);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intents", List.of(Map.of("key", "q", "match", List.of(Map.of("type", prefix + "_q")))));
        body.put("window", "1h");
        body.put("from", day + "00:00:00Z");
        body.put("to", "2026-04-07T00:00:00Z");

        JsonNode q = ask(body).get("intents").get(0);

        assertThat(q.get("episodes").asLong()).isEqualTo(12);
        assertThat(q.get("switched").asLong()).isEqualTo(6);
        assertThat(q.get("medianSecondsToSwitch").asDouble()).isEqualTo(2100.0);
        assertThat(matrix(q)).containsExactlyInAnyOrderEntriesOf(Map.of("web>phone", 3L, "web>app", 2L, "web>chat", 1L));
        assertThat(fromChannel(q, "web").get("episodes").asLong()).isEqualTo(10);
        assertThat(fromChannel(q, "app").get("episodes").asLong()).isEqualTo(1);
        assertThat(fromChannel(q, "phone").get("episodes").asLong()).isEqualTo(1);
        Map<String, Double> medians = new TreeMap<>();
        q.get("matrix").forEach(cell -> medians.put(cell.get("to").asString(), cell.get("medianSecondsToSwitch").asDouble()));
        assertThat(medians).containsExactlyInAnyOrderEntriesOf(Map.of("phone", 1800.0, "app", 2700.0, "chat", 1800.0));
    }

    @Test
    void anIntentMatchMayNameAChannel() {
        Map<String, Object> body = query(null);
        // Only calls on the phone and contacts on the web: s3's chat contact no longer expresses it.
        body.put("intents", List.of(Map.of("key", "support", "match", List.of(Map.of("type", prefix + "_call", "channel", "phone"),
                Map.of("type", prefix + "_contact", "channel", "web")))));

        JsonNode support = ask(body).get("intents").get(0);

        // s3: phone 03-04 09:00 absorbs the web contacts up to 03-05 09:00 (web 10:00 is a switch after 3600 s).
        assertThat(matrix(support)).containsExactlyInAnyOrderEntriesOf(Map.of("web>phone", 3L, "phone>web", 1L));
        assertThat(support.get("episodes").asLong()).isEqualTo(8);
    }

    @Test
    void withoutIntentsEachTouchpointIsAnIntent() {
        JsonNode answer = ask(Map.of("from", "2011-07-10T00:00:00Z", "to", "2011-07-17T00:00:00Z"));

        assertThat(answer.get("intentSource").asString()).isEqualTo("touchpoint");
        assertThat(answer.get("intentsTotal").asInt()).isEqualTo(2);
        JsonNode a = answer.get("intents").get(0);
        assertThat(a.get("intent").asString()).isEqualTo(prefix + "-a");
        assertThat(a.get("episodes").asLong()).isEqualTo(2);
        assertThat(a.get("switched").asLong()).isEqualTo(1);
        assertThat(a.get("switchingRate").asDouble()).isEqualTo(0.5);
        assertThat(a.get("medianSecondsToSwitch").asDouble()).isEqualTo(3600.0);
        assertThat(matrix(a)).containsExactly(Map.entry("web>phone", 1L));
        JsonNode b = answer.get("intents").get(1);
        assertThat(b.get("intent").asString()).isEqualTo(prefix + "-b");
        assertThat(b.get("episodes").asLong()).isEqualTo(1);
        assertThat(b.get("switched").asLong()).isZero();
        assertThat(b.get("medianSecondsToSwitch").isNull()).isTrue();
        // t3's phone event has no touchpoint and takes no part.
        assertThat(answer.get("overall").get("episodes").asLong()).isEqualTo(3);
        assertThat(answer.get("overall").get("switched").asLong()).isEqualTo(1);
    }

    @Test
    void anIntentWithoutEpisodesIsListedWithZeroesAndNullRates() {
        Map<String, Object> body = query(null);
        body.put("intents", List.of(Map.of("key", "nothing", "match", List.of(Map.of("type", prefix + "_never")))));

        JsonNode nothing = ask(body).get("intents").get(0);

        assertThat(nothing.get("episodes").asLong()).isZero();
        assertThat(nothing.get("switchingRate").isNull()).isTrue();
        assertThat(nothing.get("matrix").size()).isZero();
    }

    @Test
    void aReadKeyMayQuery() {
        Api.Reply key = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", prefix + " reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);

        Api.Reply reply = api.post(QUERY, key.json().get("secret").asString(), Api.json(query("7d")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
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
        Map<String, Object> call = Map.of("type", "call");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intents", List.of(
                Map.of("match", List.of(call)),
                Map.of("key", "Support!", "match", List.of(call)),
                Map.of("key", "a", "match", List.of()),
                Map.of("key", "b", "match", List.of(Map.of(), Map.of("type", "call", "colour", "red"), Map.of("channel", "fax"))),
                Map.of("key", "c", "match", List.of(call), "extra", 1),
                Map.of("key", "c", "match", List.of(call)),
                "not an object"));
        body.put("window", "0m");
        body.put("segment", "VIP customers");
        assertThat(badFields(body)).containsExactlyInAnyOrder("intents[0].key", "intents[1].key", "intents[2].match",
                "intents[3].match[0]", "intents[3].match[1].colour", "intents[3].match[2].channel", "intents[4].extra",
                "intents[5].key", "intents[6]", "window", "segment");

        assertThat(badFields(Map.of("intents", List.of()))).containsExactly("intents");
        List<Map<String, Object>> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Map.of("key", "i" + i, "match", List.of(call)));
        }
        assertThat(badFields(Map.of("intents", eleven))).containsExactly("intents");
        assertThat(badFields(Map.of("intents", "support"))).containsExactly("intents");
        assertThat(badFields(Map.of("window", "PT0S"))).containsExactly("window");
        assertThat(badFields(Map.of("window", "P91D"))).containsExactly("window");
        assertThat(badFields(Map.of("from", "yesterday"))).containsExactly("from");
        assertThat(badFields(Map.of("from", "2026-03-02", "to", "2026-03-01"))).containsExactly("to");
        assertThat(badFields("[]")).containsExactly("body");
    }
}
