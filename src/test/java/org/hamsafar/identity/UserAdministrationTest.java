package org.hamsafar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class UserAdministrationTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Api.Reply createUser(String username, String role) {
        return api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", username,
                "displayName", "Test " + username, "password", "a-long-password", "role", role, "language", "en")));
    }

    @Test
    void firstStartCreatedTheAdminWithTheConfiguredPassword() {
        JsonNode users = api.get("/api/v1/users", HamsafarTest.ADMIN_KEY).json();
        JsonNode admin = users.valueStream().filter(u -> u.get("username").asString().equals("admin")).findFirst().orElseThrow();

        assertThat(admin.get("role").asString()).isEqualTo("admin");
        assertThat(admin.get("enabled").asBoolean()).isTrue();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(HamsafarTest.ADMIN_PASSWORD);
    }

    @Test
    void adminCreatesAUserWithARoleAndItIsAudited() {
        Api.Reply reply = createUser("sara.analyst", "analyst");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("role").asString()).isEqualTo("analyst");
        assertThat(reply.json().has("password")).isFalse();
        JsonNode audit = api.get("/api/v1/audit?action=user_created", HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("target").asString()).toList()).contains("user:sara.analyst");
    }

    @Test
    void duplicateUserNameIsAConflict() {
        createUser("duplicate.name", "viewer");

        Api.Reply again = createUser("duplicate.name", "agent");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidUserIsRefusedFieldByField() {
        Map<String, Object> body = new HashMap<>();
        body.put("username", "A");
        body.put("password", "short");
        body.put("role", "superuser");
        body.put("language", "de");
        body.put("email", "not-an-email");

        Api.Reply reply = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(body));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("username", "password", "role", "language", "email");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'A'").query(Long.class).single()).isZero();
    }

    @Test
    void roleChangeIsAppliedAndAudited() {
        String id = createUser("omid.agent", "agent").json().get("id").asString();

        Api.Reply changed = api.patch("/api/v1/users/" + id, HamsafarTest.ADMIN_KEY, Api.json(Map.of("role", "viewer", "enabled", false)));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("viewer");
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        JsonNode audit = api.get("/api/v1/audit?action=user_changed", HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(audit.get(0).get("detail").asString()).contains("role agent->viewer", "disabled");
    }

    @Test
    void theLastEnabledAdminCannotBeDemoted() {
        String adminId = api.get("/api/v1/users", HamsafarTest.ADMIN_KEY).json().valueStream()
                .filter(u -> u.get("username").asString().equals("admin")).findFirst().orElseThrow().get("id").asString();
        long admins = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single();

        Api.Reply reply = api.patch("/api/v1/users/" + adminId, HamsafarTest.ADMIN_KEY, Api.json(Map.of("role", "viewer")));

        assertThat(admins).isEqualTo(1);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).contains("last enabled admin");
    }

    @Test
    void sqlLookingTextIsStoredAsPlainText() {
        String name = "Robert'); DROP TABLE app_user;--";
        Api.Reply reply = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", "bobby.tables",
                "displayName", name, "password", "a-long-password", "role", "viewer")));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'bobby.tables'").query(String.class).single())
                .isEqualTo(name);
        assertThat(api.get("/api/v1/users", HamsafarTest.ADMIN_KEY).json().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void overlongTextIsRefused() {
        Api.Reply reply = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", "long.name",
                "displayName", "x".repeat(5000), "password", "a-long-password", "role", "viewer")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
        assertThat(api.get("/api/v1/users", HamsafarTest.ADMIN_KEY).json().valueStream()
                .map(u -> u.get("username").asString()).toList()).doesNotContain("long.name");
    }

    @Test
    void usersApiNeedsTheAdminScope() {
        Api.Reply created = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "reader", "scopes", List.of("read"))));

        Api.Reply reply = api.get("/api/v1/users", created.json().get("secret").asString());

        assertThat(reply.status()).isEqualTo(403);
    }
}
