package org.hamsafar.actions.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Routing a new case: the requested team, else the first matching rule; the assignee by round-robin. */
@Tag("store")
@HamsafarTest
class CaseRoutingTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    CaseRouting routing;
    @Autowired
    UserAccounts users;
    @Autowired
    WriteTransactions writes;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String user(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new UserAccounts.NewUser(name, name, null, "a-long-password-1", "agent", "en"));
        return name;
    }

    private void enable(String username, boolean enabled) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        users.change(account.id(), new UserAccounts.UserChanges(null, null, null, null, enabled, null));
    }

    private String team(String prefix, String... members) {
        String key = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameFa", "تیم " + prefix);
        body.put("nameEn", "Team " + prefix);
        body.put("members", List.of(members));
        Api.Reply reply = put("/api/v1/teams/" + key, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return key;
    }

    private Api.Reply put(String path, Object body) {
        return api.send(path, KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> rule(Map<String, String> when, String team) {
        return Map.of("when", when, "team", team);
    }

    private List<String> assignees(String team, int cases) {
        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            assigned.add(writes.run(() -> routing.route(new RoutingContext("web", null, null, null), team)).assignee());
        }
        return assigned;
    }

    @Test
    void roundRobinGoesRoundTheActiveMembersAndSkipsADisabledOne() {
        String amir = user("amir");
        String bahar = user("bahar");
        String cyrus = user("cyrus");
        String team = team("rr", amir, bahar, cyrus);
        enable(bahar, false);

        // amir, (bahar disabled) cyrus, amir, cyrus
        List<String> whileDisabled = assignees(team, 4);
        enable(bahar, true);
        // after cyrus comes amir, then bahar again, then cyrus
        List<String> afterwards = assignees(team, 3);

        assertThat(whileDisabled).containsExactly(amir, cyrus, amir, cyrus);
        assertThat(afterwards).containsExactly(amir, bahar, cyrus);
        assertThat(jdbc.sql("SELECT last_assignee FROM cx_team WHERE team_key = :key").param("key", team).query(String.class).single())
                .isEqualTo(cyrus);
    }

    @Test
    void theRoundRobinMovesOnlyWhenTheCallersTransactionCommits() {
        String first = user("first");
        String second = user("second");
        String team = team("tx", first, second);

        assertThatThrownBy(() -> writes.run(() -> {
            routing.route(null, team);
            throw new IllegalStateException("the case could not be stored");
        })).isInstanceOf(IllegalStateException.class);
        List<String> next = assignees(team, 2);

        assertThat(next).containsExactly(first, second);
    }

    @Test
    void aMemberRemovedFromTheTeamHandsTheTurnToWhoeverFollowedThem() {
        assertThat(TeamRoundRobin.start(List.of("a", "b", "c"), null, null)).isZero();
        assertThat(TeamRoundRobin.start(List.of("a", "b", "c"), "b", 1)).isEqualTo(2);
        assertThat(TeamRoundRobin.start(List.of("a", "b", "c"), "c", 2)).isZero();
        // b (position 1) was assigned last, then left: c now stands at position 1 and is next.
        assertThat(TeamRoundRobin.start(List.of("a", "c", "d"), "b", 1)).isEqualTo(1);
        // c (position 2, the last) left: the turn wraps to the top.
        assertThat(TeamRoundRobin.start(List.of("a", "b"), "c", 2)).isZero();
    }

    @Test
    void theFirstMatchingRuleWinsInOrder() {
        String vip = team("vip");
        String delivery = team("delivery");
        String web = team("web");
        String everyone = team("general");
        Api.Reply saved = put("/api/v1/routing", List.of(
                rule(Map.of("segment", "vip"), vip),
                rule(Map.of("channel", "web", "topic", "delivery"), delivery),
                rule(Map.of("channel", "web"), web),
                rule(Map.of(), everyone)));

        Assignment vipOnWeb = routing.route(new RoutingContext("web", "checkout", List.of("vip"), List.of("delivery")), null);
        Assignment deliveryOnWeb = routing.route(new RoutingContext("web", "checkout", List.of("promoter"), List.of("delivery")), null);
        Assignment priceOnWeb = routing.route(new RoutingContext("WEB", null, List.of(), List.of("price")), null);
        Assignment deliveryByPhone = routing.route(new RoutingContext("phone", null, null, List.of("delivery")), null);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get(1).get("when").toString()).isEqualTo("{\"channel\":\"web\",\"topic\":\"delivery\"}");
        assertThat(api.get("/api/v1/routing", KEY).json().size()).isEqualTo(4);
        assertThat(vipOnWeb.team()).isEqualTo(vip);
        assertThat(deliveryOnWeb.team()).isEqualTo(delivery);
        assertThat(priceOnWeb.team()).isEqualTo(web);
        assertThat(deliveryByPhone.team()).isEqualTo(everyone);
    }

    @Test
    void noMatchingRuleGivesNoTeam() {
        String app = team("app");
        put("/api/v1/routing", List.of(rule(Map.of("channel", "app", "touchpoint", "checkout"), app)));

        Assignment appElsewhere = routing.route(new RoutingContext("app", "login", null, null), null);
        Assignment appCheckout = routing.route(new RoutingContext("app", "checkout", null, null), null);

        assertThat(appElsewhere).isEqualTo(new Assignment(null, null));
        assertThat(appCheckout.team()).isEqualTo(app);
    }

    @Test
    void aRequestedTeamWinsOverTheRoutingRules() {
        String agent = user("agent");
        String requested = team("requested", agent);
        String routed = team("routed", user("other"));
        put("/api/v1/routing", List.of(rule(Map.of(), routed)));

        Assignment assignment = routing.route(new RoutingContext("web", null, List.of("vip"), null), requested);

        assertThat(assignment).isEqualTo(new Assignment(requested, agent));
    }

    @Test
    void aTeamWithoutUsableMembersGivesNoAssignee() {
        String empty = team("empty");
        String gone = user("gone");
        String allDisabled = team("disabled", gone);
        enable(gone, false);

        assertThat(routing.route(null, empty)).isEqualTo(new Assignment(empty, null));
        assertThat(routing.route(null, allDisabled)).isEqualTo(new Assignment(allDisabled, null));
        assertThat(routing.route(null, "no-such-team")).isEqualTo(new Assignment("no-such-team", null));
    }

    @Test
    void badRoutingIsRefusedWithAnErrorPerFieldAndChangesNothing() {
        String support = team("support");
        put("/api/v1/routing", List.of(rule(Map.of("segment", "vip"), support)));
        Map<String, Object> unknownCondition = new LinkedHashMap<>();
        unknownCondition.put("when", Map.of("weekday", "monday"));
        unknownCondition.put("team", support);
        unknownCondition.put("priority", "high");

        Api.Reply reply = put("/api/v1/routing", List.of(
                unknownCondition,
                rule(Map.of("channel", "fax"), support),
                rule(Map.of("segment", "VIP Customers"), "no-such-team"),
                rule(Map.of("topic", "no_such_topic"), "Support"),
                rule(Map.of("channel", "web"), support),
                rule(Map.of("channel", "web", "touchpoint", "checkout"), support),
                Map.of("team", support)));
        Api.Reply notAList = put("/api/v1/routing", Map.of("when", Map.of(), "team", support));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        Map<String, String> errors = new LinkedHashMap<>();
        reply.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors).containsOnlyKeys("[0].priority", "[0].when.weekday", "[1].when.channel", "[2].when.segment",
                "[2].team", "[3].when.topic", "[3].team", "[5].when", "[6].when");
        assertThat(errors.get("[1].when.channel")).startsWith("must be one of web, app");
        assertThat(errors.get("[2].team")).isEqualTo("no team no-such-team");
        assertThat(errors.get("[5].when")).contains("never reached", "rule [4]");
        assertThat(notAList.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/routing", KEY).json().get(0).get("when").get("segment").asString()).isEqualTo("vip");
        assertThat(api.get("/api/v1/routing", KEY).json().size()).isEqualTo(1);
    }
}
