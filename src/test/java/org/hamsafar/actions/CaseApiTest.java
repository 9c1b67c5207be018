package org.hamsafar.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** /api/v1/cases: open, move through the states, assign, annotate, list; every change recorded; customers' data rules. */
@Tag("store")
@HamsafarTest
class CaseApiTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private long customer(String externalId) {
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                ("{\"identities\": {\"externalId\": \"" + externalId + "\"}}").getBytes(StandardCharsets.UTF_8));
        return reply.json().get("id").asLong();
    }

    private JsonNode open(Map<String, Object> body) {
        Api.Reply reply = api.post("/api/v1/cases", KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply patch(long id, Map<String, Object> body) {
        return api.patch("/api/v1/cases/" + id, KEY, Api.json(body));
    }

    @Test
    void aCaseGoesFromNewToClosedWithEveryChangeRecorded() {
        long customer = customer("case-" + UUID.randomUUID());
        JsonNode opened = open(Map.of("customerId", customer, "title", "پیک دیر رسید", "priority", "high", "team", "support",
                "originRef", "response:abc"));
        long id = opened.get("id").asLong();

        assertThat(opened.get("state").asString()).isEqualTo("new");
        assertThat(opened.get("allowedStates").toString()).isEqualTo("[\"acknowledged\",\"in_progress\",\"closed\"]");
        assertThat(patch(id, Map.of("state", "acknowledged", "assignee", "admin")).status()).isEqualTo(200);
        assertThat(patch(id, Map.of("state", "in_progress")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/cases/" + id + "/notes", KEY, Api.json(Map.of("text", "با مشتری تماس گرفتم"))).status()).isEqualTo(201);
        Api.Reply resolved = patch(id, Map.of("state", "resolved", "rootCause", "courier_delay", "resolution", "کد تخفیف داده شد"));
        assertThat(patch(id, Map.of("state", "closed")).status()).isEqualTo(200);

        JsonNode full = api.get("/api/v1/cases/" + id, KEY).json();
        assertThat(resolved.json().get("resolvedAt").isNull()).isFalse();
        assertThat(full.get("state").asString()).isEqualTo("closed");
        assertThat(full.get("assignee").asString()).isEqualTo("admin");
        assertThat(full.get("rootCause").asString()).isEqualTo("courier_delay");
        assertThat(full.get("resolution").asString()).isEqualTo("کد تخفیف داده شد");
        assertThat(full.get("firstResponseAt").isNull()).isFalse();
        assertThat(full.get("closedAt").isNull()).isFalse();
        List<String> changes = new ArrayList<>();
        full.get("history").forEach(h -> changes.add(h.get("change").asString() + ":" + (h.get("to").isNull() ? "" : h.get("to").asString())));
        assertThat(changes).contains("created:new", "state:acknowledged", "assignee:admin", "state:in_progress",
                "note:با مشتری تماس گرفتم", "state:resolved", "root_cause:courier_delay", "state:closed");
        assertThat(full.get("history").get(0).get("actor").asString()).startsWith("key:");
        assertThat(full.get("notes").get(0).get("text").asString()).isEqualTo("با مشتری تماس گرفتم");
    }

    @Test
    void caseNotesAreAnalysedLikeOtherCustomerTexts() throws InterruptedException {
        long customer = customer("case-note-" + UUID.randomUUID());
        long id = open(Map.of("customerId", customer, "title", "Call back")).get("id").asLong();
        long note = api.post("/api/v1/cases/" + id + "/notes", KEY, Api.json(Map.of("text", "مشتری خیلی عصبانی بود، پیک دو ساعت دیر رسید")))
                .json().get("id").asLong();

        Map<String, Object> result = awaitResult(Long.toString(note));
        assertThat(((Number) result.get("customer_id")).longValue()).isEqualTo(customer);
        assertThat(result.get("sentiment")).isEqualTo("negative");
    }

    /** The background worker analyses queued texts within seconds. */
    private Map<String, Object> awaitResult(String noteId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT customer_id, sentiment FROM text_result WHERE source = 'case_note' AND source_id = :id")
                    .param("id", noteId).query().listOfRows();
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("case note " + noteId + " was not analysed within 10 s");
    }

    @Test
    void aMoveTheStateMachineRefusesIs409WithTheAllowedMoves() {
        long id = open(Map.of("title", "x")).get("id").asLong();

        Api.Reply refused = patch(id, Map.of("state", "resolved"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("allowed").toString()).isEqualTo("[\"acknowledged\",\"in_progress\",\"closed\"]");
        assertThat(api.get("/api/v1/cases/" + id, KEY).json().get("state").asString()).as("nothing changed").isEqualTo("new");
    }

    @Test
    void badInputNamesEachField() {
        Api.Reply bad = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "", "priority", "asap", "team", "Support Team",
                "assignee", "nobody-" + UUID.randomUUID(), "colour", "red")));
        long id = open(Map.of("title", "y")).get("id").asLong();
        Api.Reply badPatch = patch(id, Map.of("state", "done", "rootCause", "Bad Cause"));
        Api.Reply unknownUser = patch(id, Map.of("assignee", "ghost-" + UUID.randomUUID()));
        Api.Reply missing = api.get("/api/v1/cases/99999999", KEY);
        Api.Reply nul = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "a\u0000b")));

        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(fields).containsExactlyInAnyOrder("colour", "title", "priority", "team");
        List<String> patchFields = new ArrayList<>();
        badPatch.json().get("errors").forEach(e -> patchFields.add(e.get("field").asString()));
        assertThat(patchFields).containsExactlyInAnyOrder("state", "rootCause");
        assertThat(unknownUser.status()).isEqualTo(422);
        assertThat(unknownUser.json().get("errors").get(0).get("message").asString()).startsWith("no active user named ghost-");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.json().get("errors").get(0).get("message").asString()).isEqualTo("must not contain null characters");
    }

    @Test
    void listsFilterAndPageNewestFirst() {
        String team = "team_" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(open(Map.of("title", "case " + i, "team", team, "priority", i % 2 == 0 ? "high" : "low")).get("id").asLong());
        }
        patch(ids.get(4), Map.of("state", "in_progress"));

        JsonNode first = api.get("/api/v1/cases?team=" + team + "&limit=2", KEY).json();
        JsonNode second = api.get("/api/v1/cases?team=" + team + "&limit=2&cursor=" + first.get("nextCursor").asString(), KEY).json();
        JsonNode high = api.get("/api/v1/cases?team=" + team + "&priority=high", KEY).json();
        JsonNode working = api.get("/api/v1/cases?team=" + team + "&state=in_progress", KEY).json();

        assertThat(first.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(4));
        assertThat(first.get("items").get(1).get("id").asLong()).isEqualTo(ids.get(3));
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(2));
        assertThat(high.get("items")).hasSize(3);
        assertThat(working.get("items")).hasSize(1);
        assertThat(working.get("items").get(0).get("id").asLong()).isEqualTo(ids.get(4));
        assertThat(api.get("/api/v1/cases?state=open", KEY).status()).isEqualTo(422);
    }

    @Test
    void casesFollowTheCustomerIntoAMergeTheExportAndTheErasure() {
        long survivor = customer("case-s-" + UUID.randomUUID());
        long merged = customer("case-m-" + UUID.randomUUID());
        long id = open(Map.of("customerId", merged, "title", "Refund missing", "description", "مبلغ برنگشته")).get("id").asLong();
        api.post("/api/v1/cases/" + id + "/notes", KEY, Api.json(Map.of("text", "شماره کارت مشتری ...")));

        Api.Reply merge = api.post("/api/v1/customers/merges", KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));
        JsonNode export = api.get("/api/v1/customers/" + survivor + "/export", KEY).json();
        Api.Reply erased = api.delete("/api/v1/customers/" + survivor + "?mode=anonymize", KEY);
        JsonNode after = api.get("/api/v1/cases/" + id, KEY).json();

        assertThat(merge.status()).as(merge.body()).isBetween(200, 201);
        assertThat(export.toString()).contains("Refund missing").contains("\"cases\"");
        assertThat(erased.status()).isBetween(200, 204);
        assertThat(after.get("customerId").isNull()).isTrue();
        assertThat(after.get("description").isNull()).isTrue();
        assertThat(after.get("notes")).isEmpty();
        assertThat(after.get("history").toString()).as("the history's quote of the note goes too").doesNotContain("شماره کارت");
        assertThat(after.get("title").asString()).isEqualTo("Refund missing");
    }
}
