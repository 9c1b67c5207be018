package org.hamsafar.actions.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.actions.pages.PageClient.fields;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The alert-rule pages without JavaScript: the list with matches and the on/off switch (plain and
 * htmx), the editor's rows saved as the API's rule, validation problems next to their rows, keyed
 * fields, nested rules in the JSON editor, the dry run, a rule-opened case naming its rule, and
 * the pages refused to those who may not edit rules.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulePagesTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final String PASSWORD = "a-long-password";
    @LocalServerPort
    int port;
    Api api;
    String suffix;
    String agent;
    final List<Long> created = new ArrayList<>();

    @BeforeAll
    void arrange() {
        api = new Api(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        agent = "ruleagent" + suffix;
        Api.Reply reply = api.post("/api/v1/users", KEY, Api.json(Map.of("username", agent, "displayName", "Rule Agent",
                "password", PASSWORD, "role", "agent", "language", "fa")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @AfterAll
    void removeRules() {
        created.forEach(id -> api.delete("/api/v1/alert-rules/" + id, KEY));
    }

    private PageClient admin() {
        return PageClient.signedIn(port, "admin", HamsafarTest.ADMIN_PASSWORD, "fa");
    }

    private long apiRule(String json) {
        Api.Reply reply = api.post("/api/v1/alert-rules", KEY, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").asLong();
        created.add(id);
        return id;
    }

    private void event(String type, Instant at, String person) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("occurredAt", at.toString());
        event.put("channel", "phone");
        event.put("customer", Map.of("externalId", person));
        Api.Reply reply = api.post("/api/v1/events", KEY, Api.json(List.of(event)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as("'" + from + "' on the page").isGreaterThanOrEqualTo(0);
        int end = body.indexOf(to, start + from.length());
        // Attributes may wrap onto the next line in the templates: compare with single spaces.
        return body.substring(start, end < 0 ? body.length() : end).replaceAll("\\s+", " ");
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void rowsAreSavedAsTheApisRule() {
        PageClient admin = admin();

        PageClient.Page saved = admin.post("/rules/new", fields("name", "کم‌امتیازها " + suffix, "enabled", "true", "match", "all",
                "conditions[0].field", "answer.nps", "conditions[0].op", "<=", "conditions[0].value", "۶",
                "conditions[1].field", "customer.tags", "conditions[1].op", "not_contains", "conditions[1].value", "vip",
                "actions[0].type", "open_case", "actions[0].priority", "high", "actions[0].title", "",
                "actions[1].type", "tag_customer", "actions[1].tag", "detractor", "action", "save"), "/rules/new");
        long id = idOf(saved.location());
        created.add(id);
        String editor = admin.get("/rules/" + id).body();

        assertThat(saved.status()).isEqualTo(302);
        JsonNode rule = api.get("/api/v1/alert-rules/" + id, KEY).json();
        assertThat(rule.get("name").asString()).isEqualTo("کم‌امتیازها " + suffix);
        assertThat(rule.get("enabled").asBoolean()).isTrue();
        assertThat(rule.get("subject").asString()).isEqualTo("response");
        assertThat(rule.get("when").toString()).isEqualTo("{\"all\":[{\"field\":\"answer.nps\",\"op\":\"<=\",\"value\":6},"
                + "{\"field\":\"customer.tags\",\"op\":\"not_contains\",\"value\":\"vip\"}]}");
        assertThat(rule.get("actions").toString()).isEqualTo("[{\"type\":\"open_case\",\"priority\":\"high\"},"
                + "{\"type\":\"tag_customer\",\"tag\":\"detractor\"}]");
        assertThat(editor).contains("id=\"ruleSaved\"", "id=\"condition-1\"").doesNotContain("id=\"ruleJson\"");
        assertThat(between(editor, "id=\"c0field\"", "</select>")).contains("value=\"answer.nps\" selected=\"selected\"");
        assertThat(between(editor, "id=\"c0op\"", "</select>")).contains("value=\"&lt;=\" selected=\"selected\"", "حداکثر");
    }

    @Test
    void problemsAreShownNextToTheirRowsAndNothingIsSaved() {
        PageClient admin = admin();
        int before = api.get("/api/v1/alert-rules", KEY).json().size();

        PageClient.Page page = admin.post("/rules/new", fields("name", "Impossible " + suffix, "match", "all",
                "conditions[0].field", "answer.nps", "conditions[0].op", ">=", "conditions[0].value", "6",
                "conditions[1].field", "", "conditions[1].op", "=", "conditions[1].value", "",
                "conditions[2].field", "answer.nps", "conditions[2].op", "<=", "conditions[2].value", "11",
                "actions[0].type", "open_case", "action", "save"), "/rules/new");

        assertThat(page.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/alert-rules", KEY).json().size()).isEqualTo(before);
        assertThat(page.body()).contains("border-danger\" id=\"condition-2\"").doesNotContain("border-danger\" id=\"condition-0\"");
        assertThat(between(page.body(), "id=\"condition-2\"", "</ul>")).contains("این مقدار هرگز پیش نمی‌آید: answer.nps is from 0 to 10");
        assertThat(between(page.body(), "id=\"condition-0\"", "id=\"condition-1\"")).doesNotContain("row-errors");
        assertThat(between(page.body(), "id=\"c2value\"", ">")).contains("value=\"11\"");
    }

    @Test
    void anUnknownTeamIsNamedNextToItsAction() {
        PageClient.Page page = admin().post("/rules/new", fields("name", "No team " + suffix, "match", "all",
                "conditions[0].field", "answer.nps", "conditions[0].op", "<=", "conditions[0].value", "6",
                "actions[0].type", "tag_customer", "actions[0].tag", "detractor",
                "actions[1].type", "open_case", "actions[1].team", "no-such-team-" + suffix, "action", "save"), "/rules/new");

        assertThat(page.status()).isEqualTo(422);
        assertThat(between(page.body(), "id=\"action-1\"", "id=\"addAction\"")).contains("تیمی به نام no-such-team-" + suffix + " نیست.");
        assertThat(between(page.body(), "id=\"action-0\"", "id=\"action-1\"")).doesNotContain("row-errors");
    }

    @Test
    void aRuleOnTwoKindsOfItemIsRefusedWithTheReason() {
        PageClient.Page page = admin().post("/rules/new", fields("name", "Mixed " + suffix, "match", "any",
                "conditions[0].field", "answer.nps", "conditions[0].op", "<=", "conditions[0].value", "6",
                "conditions[1].field", "event.type", "conditions[1].op", "=", "conditions[1].value", "call_ended",
                "actions[0].type", "open_case", "action", "save"), "/rules/new");

        assertThat(page.status()).isEqualTo(422);
        assertThat(between(page.body(), "id=\"whenCard\"", "id=\"conditionList\"")).contains("هر قاعده یک گونه مورد را می‌خواند");
    }

    @Test
    void aKeyedFieldIsSavedWithItsKeyAndShownAgain() {
        PageClient admin = admin();

        PageClient.Page saved = admin.post("/rules/new", fields("name", "Refund anger " + suffix, "match", "all",
                "conditions[0].field", "text.topic.", "conditions[0].key", "refund", "conditions[0].op", "=",
                "conditions[0].value", "negative", "actions[0].type", "notify_email", "actions[0].to", "team-lead@example.com, user:admin",
                "action", "save"), "/rules/new");
        long id = idOf(saved.location());
        created.add(id);
        String editor = admin.get("/rules/" + id).body();

        JsonNode rule = api.get("/api/v1/alert-rules/" + id, KEY).json();
        assertThat(rule.get("when").toString()).isEqualTo("{\"all\":[{\"field\":\"text.topic.refund\",\"op\":\"=\",\"value\":\"negative\"}]}");
        assertThat(rule.get("actions").toString()).isEqualTo("[{\"type\":\"notify_email\",\"to\":[\"team-lead@example.com\",\"user:admin\"]}]");
        assertThat(between(editor, "id=\"c0key\"", ">")).contains("value=\"refund\"");
        assertThat(between(editor, "id=\"c0field\"", "</select>")).contains("value=\"text.topic.\" selected=\"selected\"");
    }

    @Test
    void aNestedRuleOpensInTheJsonEditorAndIsSavedFromIt() {
        long id = apiRule("""
                {"name": "Nested %s", "enabled": false, "when": {"all": [{"field": "event.type", "op": "=", "value": "call_ended"},
                 {"not": {"field": "event.touchpoint", "op": "=", "value": "sales"}}]}, "actions": [{"type": "open_case"}]}"""
                .formatted(suffix));
        PageClient admin = admin();

        String editor = admin.get("/rules/" + id).body();
        PageClient.Page toRows = admin.post("/rules/" + id, fields("name", "Nested " + suffix, "mode", "json",
                "json", "{\"when\": {\"not\": {\"field\": \"event.type\", \"op\": \"=\", \"value\": \"x\"}}, \"actions\": []}",
                "action", "toForm"), "/rules/" + id);
        PageClient.Page saved = admin.post("/rules/" + id, fields("name", "Nested " + suffix, "mode", "json", "json",
                "{\"when\": {\"any\": [{\"field\": \"event.type\", \"op\": \"in\", \"value\": [\"call_ended\", \"chat_closed\"]}]},"
                        + " \"actions\": [{\"type\": \"open_case\", \"priority\": \"urgent\"}]}", "action", "save"), "/rules/" + id);

        assertThat(editor).contains("id=\"ruleJson\"", "&quot;not&quot;").doesNotContain("id=\"conditionList\"");
        assertThat(toRows.body()).contains("id=\"notFlat\"", "id=\"ruleJson\"");
        assertThat(saved.status()).isEqualTo(302);
        JsonNode rule = api.get("/api/v1/alert-rules/" + id, KEY).json();
        assertThat(rule.get("when").toString()).isEqualTo("{\"any\":[{\"field\":\"event.type\",\"op\":\"in\",\"value\":[\"call_ended\",\"chat_closed\"]}]}");
        assertThat(admin.get("/rules/" + id).body()).as("a flat rule opens as rows again").contains("id=\"conditionList\"")
                .contains("value=\"call_ended, chat_closed\"");
    }

    @Test
    void badJsonIsShownWithItsProblem() {
        PageClient.Page page = admin().post("/rules/new", fields("name", "Broken " + suffix, "mode", "json",
                "json", "{\"when\": {\"all\": [", "action", "save"), "/rules/new");

        assertThat(page.status()).isEqualTo(422);
        assertThat(between(page.body(), "id=\"ruleErrors\"", "</ul>")).contains("json: is not valid JSON");
        assertThat(page.body()).contains("{&quot;when&quot;: {&quot;all&quot;: [");
    }

    @Test
    void addingAndRemovingRowsChangesTheFormWithoutSaving() {
        PageClient admin = admin();
        int before = api.get("/api/v1/alert-rules", KEY).json().size();

        PageClient.Page added = admin.post("/rules/new", fields("name", "Rows " + suffix, "match", "all",
                "conditions[0].field", "answer.nps", "conditions[0].op", "<=", "conditions[0].value", "6",
                "actions[0].type", "open_case", "action", "addCondition"), "/rules/new");
        PageClient.Page removed = admin.post("/rules/new", fields("name", "Rows " + suffix, "match", "all",
                "conditions[0].field", "answer.nps", "conditions[0].op", "<=", "conditions[0].value", "6",
                "conditions[1].field", "answer.csat", "conditions[1].op", "<=", "conditions[1].value", "2",
                "actions[0].type", "open_case", "action", "removeCondition-0"), "/rules/new");

        assertThat(added.body()).contains("id=\"condition-1\"").doesNotContain("id=\"condition-2\"");
        assertThat(between(removed.body(), "id=\"c0field\"", "</select>")).contains("value=\"answer.csat\" selected=\"selected\"");
        assertThat(removed.body()).doesNotContain("id=\"condition-1\"");
        assertThat(api.get("/api/v1/alert-rules", KEY).json().size()).isEqualTo(before);
    }

    @Test
    void aDryRunTellsWhatTheRuleWouldHaveDoneAndSavesNothing() {
        String type = "pages_dry_" + suffix.replace('-', '_');
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        event(type, now.minus(Duration.ofDays(2)), "dry-a-" + suffix);
        event(type, now.minus(Duration.ofDays(2)).plusSeconds(60), "dry-a-" + suffix);
        event(type, now.minus(Duration.ofDays(1)), "dry-b-" + suffix);
        event(type, now.minus(Duration.ofDays(20)), "dry-c-" + suffix);
        int before = api.get("/api/v1/alert-rules", KEY).json().size();

        PageClient.Page page = admin().post("/rules/new", fields("name", "Dry " + suffix, "match", "all",
                "conditions[0].field", "event.type", "conditions[0].op", "=", "conditions[0].value", type,
                "actions[0].type", "open_case", "actions[1].type", "notify_email", "actions[1].to", "cx@example.com",
                "days", "7", "action", "dryRun"), "/rules/new");

        assertThat(page.status()).isEqualTo(200);
        String result = between(page.body(), "id=\"dryRunResult\"", "id=\"vocabulary\"");
        // Three matches in the last 7 days (the 20-day-old event is outside), by two customers:
        // two cases, the second match of the first customer joins hers, one e-mail per match.
        assertThat(between(result, "id=\"dryMatched\"", "</div>")).endsWith(">۳");
        assertThat(between(result, "id=\"dryCustomers\"", "</div>")).endsWith(">۲");
        assertThat(between(result, "id=\"dryCases\"", "</div>")).endsWith(">۲");
        assertThat(between(result, "id=\"dryJoined\"", "</div>")).endsWith(">۱");
        assertThat(between(result, "id=\"dryEmails\"", "</div>")).endsWith(">۳");
        assertThat(result).contains("class=\"d-flex align-items-center gap-2 small mb-1 dry-day\"", "event:");
        assertThat(api.get("/api/v1/alert-rules", KEY).json().size()).isEqualTo(before);
    }

    @Test
    void theListShowsMatchesAndTheSwitchWorksWithAndWithoutHtmx() throws InterruptedException {
        String type = "pages_match_" + suffix.replace('-', '_');
        long id = apiRule("""
                {"name": "Complaints %s", "enabled": true, "when": {"all": [{"field": "event.type", "op": "=", "value": "%s"}]},
                 "actions": [{"type": "open_case", "priority": "urgent"}]}""".formatted(suffix, type));
        event(type, Instant.now().truncatedTo(ChronoUnit.SECONDS), "match-" + suffix);
        Instant deadline = Instant.now().plusSeconds(30);
        while (api.get("/api/v1/alert-rules/" + id + "/triggers", KEY).json().get("items").isEmpty()) {
            assertThat(Instant.now()).as("the rule matched in time").isBefore(deadline);
            Thread.sleep(200);
        }
        PageClient admin = admin();

        String list = admin.get("/rules").body();
        PageClient.Page htmx = admin.post("/rules/" + id + "/enabled", fields("enabled", "false"), "/rules", Map.of("HX-Request", "true"));
        boolean afterHtmx = api.get("/api/v1/alert-rules/" + id, KEY).json().get("enabled").asBoolean();
        PageClient.Page plain = admin.post("/rules/" + id + "/enabled", fields("enabled", "true"), "/rules");
        String afterPlain = admin.get("/rules").body();

        String row = between(list, "<tr id=\"rule-" + id + "\"", "</tr>");
        assertThat(row).contains("Complaints " + suffix, "رویدادها", "روشن", "<td class=\"text-end rule-matches\">۱</td>");
        assertThat(htmx.body().strip()).startsWith("<tr id=\"rule-" + id + "\"").contains("خاموش", "data-enabled=\"false\"")
                .doesNotContain("<html");
        assertThat(afterHtmx).isFalse();
        assertThat(plain.status()).isEqualTo(302);
        assertThat(afterPlain).contains("id=\"ruleSwitched\"");
        assertThat(api.get("/api/v1/alert-rules/" + id, KEY).json().get("enabled").asBoolean()).isTrue();

        long caseId = api.get("/api/v1/alert-rules/" + id + "/triggers", KEY).json().get("items").get(0).get("caseId").asLong();
        String casePage = admin.get("/cases/" + caseId).body();
        assertThat(between(casePage, "id=\"originCard\"", "id=\"notes\"")).contains("یک قاعده‌ی هشدار",
                "href=\"/rules/" + id + "\"", "Complaints " + suffix, "event:");
        assertThat(between(casePage, "id=\"historyList\"", "</ol>")).contains("قاعده‌ی «Complaints " + suffix + "»");
        api.patch("/api/v1/alert-rules/" + id, KEY, "{\"enabled\": false}");
    }

    @Test
    void onlyAdminsAndAnalystsChangeRules() {
        long id = apiRule("""
                {"name": "Read only %s", "enabled": false, "when": {"all": [{"field": "answer.csat", "op": "<=", "value": 2}]},
                 "actions": [{"type": "open_case"}]}""".formatted(suffix));
        PageClient agentPages = PageClient.signedIn(port, agent, PASSWORD, "fa");

        String list = agentPages.get("/rules").body();
        String editor = agentPages.get("/rules/" + id).body();
        PageClient.Page newRule = agentPages.get("/rules/new");
        PageClient.Page toggle = agentPages.post("/rules/" + id + "/enabled", fields("enabled", "true"), "/rules/" + id);
        PageClient.Page dryRun = agentPages.post("/rules/" + id + "/dry-run", fields("days", "7"), "/rules/" + id);

        assertThat(between(list, "<tr id=\"rule-" + id + "\"", "</tr>")).contains("خاموش").doesNotContain("<form");
        assertThat(list).doesNotContain("id=\"newRule\"");
        assertThat(editor).contains("<fieldset disabled=\"disabled\">", "id=\"savedDryRun\"").doesNotContain("id=\"deleteRule\"");
        assertThat(newRule.status()).isEqualTo(403);
        assertThat(toggle.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/alert-rules/" + id, KEY).json().get("enabled").asBoolean()).isFalse();
        assertThat(dryRun.status()).as("a dry run changes nothing: readers may try a rule").isEqualTo(200);
        assertThat(dryRun.body()).contains("id=\"dryRunResult\"");
    }

    @Test
    void deletingARuleKeepsItsPastAndLeavesTheList() {
        long id = apiRule("""
                {"name": "Delete me %s", "enabled": false, "when": {"all": [{"field": "answer.ces", "op": "<=", "value": 2}]},
                 "actions": [{"type": "open_case"}]}""".formatted(suffix));
        PageClient admin = admin();

        PageClient.Page deleted = admin.post("/rules/" + id + "/delete", fields(), "/rules/" + id);
        String list = admin.get("/rules").body();

        assertThat(deleted.location()).endsWith("/rules");
        assertThat(list).contains("id=\"ruleDeleted\"").doesNotContain("id=\"rule-" + id + "\"");
        assertThat(api.get("/api/v1/alert-rules/" + id, KEY).status()).isEqualTo(404);
        assertThat(admin.get("/rules/" + id).status()).isEqualTo(404);
    }
}
