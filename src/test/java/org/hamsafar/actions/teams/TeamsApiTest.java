package org.hamsafar.actions.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.identity.UserAccount;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** /api/v1/teams: create, replace, read, delete, with precise errors; the Teams facade other parts read. */
@Tag("store")
@HamsafarTest
class TeamsApiTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    Teams teams;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String user(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        users.create(new UserAccounts.NewUser(name, name, null, "a-long-password-1", "agent", "fa"));
        return name;
    }

    private void disable(String username) {
        UserAccount account = users.findByUsername(username).orElseThrow();
        users.change(account.id(), new UserAccounts.UserChanges(null, null, null, null, false, null));
    }

    private static String teamKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private Api.Reply put(String path, Object body) {
        return api.send(path, KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> team(String nameFa, String nameEn, String manager, List<String> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameFa", nameFa);
        body.put("nameEn", nameEn);
        body.put("manager", manager);
        body.put("members", members);
        return body;
    }

    private static Map<String, String> errors(Api.Reply reply) {
        Map<String, String> errors = new LinkedHashMap<>();
        reply.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        return errors;
    }

    @Test
    void aTeamIsCreatedThenReplacedAndReadBack() {
        String key = teamKey("support");
        String manager = user("mina");
        String first = user("amir");
        String second = user("bahar");

        Api.Reply created = put("/api/v1/teams/" + key, team("پشتیبانی", "Support", manager, List.of(first)));
        Api.Reply replaced = put("/api/v1/teams/" + key, team("پشتیبانی مشتریان", "Customer support", manager, List.of(second, first)));
        JsonNode read = api.get("/api/v1/teams/" + key, KEY).json();
        JsonNode list = api.get("/api/v1/teams", KEY).json();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/teams/" + key);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(read.get("nameFa").asString()).isEqualTo("پشتیبانی مشتریان");
        assertThat(read.get("nameEn").asString()).isEqualTo("Customer support");
        assertThat(read.get("manager").asString()).isEqualTo(manager);
        assertThat(read.get("members").toString()).isEqualTo("[\"" + second + "\",\"" + first + "\"]");
        assertThat(read.get("createdBy").asString()).startsWith("key:");
        List<String> keys = new ArrayList<>();
        list.forEach(t -> keys.add(t.get("key").asString()));
        assertThat(keys).contains(key);
        assertThat(teams.find(key)).hasValueSatisfying(t -> {
            assertThat(t.members()).containsExactly(second, first);
            assertThat(t.name("fa")).isEqualTo("پشتیبانی مشتریان");
            assertThat(t.name("en")).isEqualTo("Customer support");
        });
    }

    @Test
    void aTeamsMembersAndManagerAreFoundByUser() {
        String manager = user("sara");
        String member = user("omid");
        String billing = teamKey("billing");
        String delivery = teamKey("delivery");
        put("/api/v1/teams/" + billing, team("مالی", "Billing", manager, List.of(member)));
        put("/api/v1/teams/" + delivery, team("ارسال", "Delivery", null, List.of(member, manager)));

        assertThat(teams.teamsOf(member)).containsExactly(billing, delivery);
        assertThat(teams.teamsOf(manager)).containsExactly(billing, delivery);
        assertThat(teams.teamsOf("nobody-here")).isEmpty();
        assertThat(teams.all()).extracting(Team::key).contains(billing, delivery);
    }

    @Test
    void aBadTeamIsRefusedWithAnErrorPerField() {
        String member = user("reza");
        String disabled = user("lost");
        disable(disabled);
        Map<String, Object> body = team("", "Sales", "ghost-user", List.of(member, disabled, member, "nobody-at-all"));
        body.put("colour", "red");

        Api.Reply reply = put("/api/v1/teams/" + teamKey("sales"), body);
        Api.Reply badKey = put("/api/v1/teams/Sales", team("فروش", "Sales", null, List.of()));
        Api.Reply notAList = put("/api/v1/teams/" + teamKey("sales"), Map.of("nameFa", "فروش", "nameEn", "Sales", "members", "reza"));
        Api.Reply otherKey = put("/api/v1/teams/" + teamKey("sales"), Map.of("key", "another", "nameFa", "فروش", "nameEn", "Sales"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(errors(reply)).containsOnlyKeys("colour", "nameFa", "manager", "members[1]", "members[2]", "members[3]");
        assertThat(errors(reply).get("manager")).isEqualTo("no active user named ghost-user");
        assertThat(errors(reply).get("members[1]")).isEqualTo("no active user named " + disabled);
        assertThat(errors(reply).get("members[2]")).isEqualTo("duplicate of members[0] (" + member + ")");
        assertThat(errors(reply).get("members[3]")).isEqualTo("no active user named nobody-at-all");
        assertThat(badKey.status()).as(badKey.body()).isEqualTo(400);
        assertThat(errors(badKey)).containsOnlyKeys("key");
        assertThat(errors(notAList)).containsOnlyKeys("members");
        assertThat(errors(otherKey)).containsOnlyKeys("key");
    }

    @Test
    void aTeamWithWorkInProgressOrRoutingCannotBeDeleted() {
        String key = teamKey("returns");
        put("/api/v1/teams/" + key, team("مرجوعی", "Returns", null, List.of()));
        Api.Reply opened = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "مرجوعی انجام نشد", "team", key)));
        long caseId = opened.json().get("id").asLong();
        put("/api/v1/routing", List.of(Map.of("when", Map.of("segment", "returner"), "team", key)));

        Api.Reply whileBoth = api.delete("/api/v1/teams/" + key, KEY);
        api.patch("/api/v1/cases/" + caseId, KEY, Api.json(Map.of("state", "closed")));
        Api.Reply whileRouted = api.delete("/api/v1/teams/" + key, KEY);
        put("/api/v1/routing", List.of());
        Api.Reply deleted = api.delete("/api/v1/teams/" + key, KEY);
        Api.Reply again = api.delete("/api/v1/teams/" + key, KEY);

        assertThat(whileBoth.status()).isEqualTo(409);
        assertThat(whileBoth.json().get("detail").asString()).contains("1 open case names it", "1 routing rule sends cases to it");
        assertThat(whileRouted.status()).isEqualTo(409);
        assertThat(whileRouted.json().get("detail").asString()).doesNotContain("open case").contains("routing rule");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/teams/" + key, KEY).status()).isEqualTo(404);
        assertThat(teams.find(key)).isEmpty();
    }

    @Test
    void aMemberDisabledLaterIsShownAsInactive() {
        String key = teamKey("chat");
        String active = user("nima");
        String leaving = user("ziba");
        put("/api/v1/teams/" + key, team("گفتگو", "Chat", leaving, List.of(active, leaving)));

        disable(leaving);
        JsonNode read = api.get("/api/v1/teams/" + key, KEY).json();

        assertThat(read.get("inactive").toString()).isEqualTo("[\"" + leaving + "\"]");
        assertThat(read.get("members").size()).isEqualTo(2);
    }

    @Test
    void changingTeamsNeedsAnAdminKey() {
        Api.Reply readKey = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", "reader", "scopes", List.of("read"))));
        String reader = readKey.json().get("secret").asString();

        Api.Reply put = api.send("/api/v1/teams/" + teamKey("x"), reader, "PUT", "application/json",
                Api.json(team("ایکس", "X", null, List.of())).getBytes(StandardCharsets.UTF_8));
        Api.Reply routing = api.send("/api/v1/routing", reader, "PUT", "application/json", "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(put.status()).isEqualTo(403);
        assertThat(routing.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/teams", reader).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/routing", reader).status()).isEqualTo(200);
    }
}
