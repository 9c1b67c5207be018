package org.hamsafar.actions.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.actions.pages.PageClient.fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.feedback.Invitation;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.ResponseSubmission;
import org.hamsafar.feedback.SurveyInvitations;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The agent inbox and the case page, read and used like a browser without JavaScript: each tab
 * lists the right cases, the list fragment htmx polls keeps the filters, the case page shows the
 * case with the customer's context, and its forms change the case through the case service
 * (history, state machine) for agents, not for viewers.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePagesTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final String PASSWORD = "a-long-password";
    private static final Pattern ROW = Pattern.compile("<tr id=\"case-(\\d+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    ResponseRecorder recorder;
    Api api;
    String suffix;
    String agent;
    String colleague;
    String viewer;
    String team;
    long customer;
    long mine;
    long teamUnassigned;
    long nobodys;
    long colleagues;
    long earlier;

    @BeforeAll
    void arrange() {
        api = new Api(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        agent = user("agent" + suffix, "agent", "Sara Agent");
        colleague = user("colleague" + suffix, "agent", "Reza Colleague");
        viewer = user("viewer" + suffix, "viewer", "Vida Viewer");
        team = "pages-" + suffix;
        Api.Reply teamReply = api.send("/api/v1/teams/" + team, KEY, "PUT", "application/json", Api.json(Map.of(
                "nameFa", "تیم صفحه‌ها", "nameEn", "Pages team", "members", List.of(agent))).getBytes(StandardCharsets.UTF_8));
        assertThat(teamReply.status()).as(teamReply.body()).isEqualTo(201);

        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("identities", Map.of("externalId", "CP-" + suffix, "email", "maryam." + suffix + "@example.com"));
        profile.put("attributes", Map.of("firstName", "مریم", "lastName", "رضایی"));
        customer = api.send("/api/v1/customers", KEY, "PUT", "application/json", Api.json(profile).getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        assertThat(api.send("/api/v1/customers/" + customer + "/tags/vip", KEY, "PUT", "application/json", new byte[0]).status())
                .isBetween(200, 204);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", "case-pages-" + suffix);
        event.put("type", "chat_message");
        event.put("occurredAt", "2026-03-22T09:30:00+03:30");
        event.put("channel", "chat");
        event.put("customer", Map.of("externalId", "CP-" + suffix));
        event.put("text", "سفارشم شکسته رسید");
        assertThat(api.post("/api/v1/events", KEY, Api.json(List.of(event))).status()).isEqualTo(200);

        earlier = open(Map.of("customerId", customer, "title", "Earlier case " + suffix));
        mine = open(Map.of("customerId", customer, "title", "بسته شکسته رسید " + suffix, "priority", "urgent", "team", team,
                "assignee", agent));
        teamUnassigned = open(Map.of("title", "Team case " + suffix, "team", team));
        nobodys = open(Map.of("title", "Nobody's case " + suffix, "priority", "low"));
        colleagues = open(Map.of("title", "Colleague's case " + suffix, "assignee", colleague));
    }

    private String user(String username, String role, String displayName) {
        Api.Reply reply = api.post("/api/v1/users", KEY, Api.json(Map.of("username", username, "displayName", displayName,
                "password", PASSWORD, "role", role, "language", "fa")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return username;
    }

    private long open(Map<String, Object> body) {
        Api.Reply reply = api.post("/api/v1/cases", KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private PageClient as(String username) {
        return PageClient.signedIn(port, username, PASSWORD, "fa");
    }

    private PageClient asAdmin() {
        return PageClient.signedIn(port, "admin", HamsafarTest.ADMIN_PASSWORD, "fa");
    }

    private static List<Long> rows(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW.matcher(body);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertThat(start).as("'" + from + "' on the page").isGreaterThanOrEqualTo(0);
        int end = body.indexOf(to, start + from.length());
        // Attributes may wrap onto the next line in the templates: compare with single spaces.
        return body.substring(start, end < 0 ? body.length() : end).replaceAll("\\s+", " ");
    }

    private JsonNode apiCase(long id) {
        return api.get("/api/v1/cases/" + id, KEY).json();
    }

    @Test
    void casePagesNeedASignedInUser() {
        PageClient.Page page = new PageClient(port).get("/cases");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void eachInboxTabListsItsCases() {
        PageClient sara = as(agent);

        List<Long> start = rows(sara.get("/cases").body());
        List<Long> teams = rows(sara.get("/cases?tab=teams").body());
        List<Long> unassigned = rows(sara.get("/cases?tab=unassigned").body());
        List<Long> all = rows(sara.get("/cases?tab=all").body());
        List<Long> urgent = rows(sara.get("/cases?tab=all&priority=urgent").body());

        assertThat(start).as("an agent starts with their own cases").contains(mine).doesNotContain(colleagues, teamUnassigned, earlier);
        assertThat(teams).contains(teamUnassigned, mine).doesNotContain(colleagues, nobodys, earlier);
        assertThat(unassigned).contains(teamUnassigned, nobodys).doesNotContain(mine, colleagues);
        assertThat(all).contains(mine, teamUnassigned, nobodys, colleagues);
        assertThat(all.indexOf(colleagues)).as("newest first").isLessThan(all.indexOf(mine));
        assertThat(urgent).contains(mine).doesNotContain(teamUnassigned, nobodys, colleagues);
    }

    @Test
    void anInboxRowShowsTheCaseInPersian() {
        String body = as(agent).get("/cases?tab=mine").body();
        String row = between(body, "<tr id=\"case-" + mine + "\"", "</tr>");

        assertThat(body).contains("lang=\"fa\"", "dir=\"rtl\"", "id=\"navCases\"", "id=\"tab-mine\"");
        assertThat(row).contains("بسته شکسته رسید " + suffix, "href=\"/cases/" + mine + "\"",
                "href=\"/customers/" + customer + "\"", ">مریم رضایی<", ">فوری<", ">جدید<", ">تیم صفحه‌ها<", ">Sara Agent<",
                " دقیقه<", "نخستین پاسخ");
        assertThat(row).doesNotContain(">urgent<", ">new<");
    }

    @Test
    void theListFragmentPollsEveryFifteenSecondsWithTheSameFilters() {
        String body = as(agent).get("/cases/list?tab=unassigned&state=new&priority=low").body();

        assertThat(body.strip()).startsWith("<div id=\"caseList\"").doesNotContain("<html", "<nav");
        assertThat(body).contains("hx-get=\"/cases/list?tab=unassigned&amp;state=new&amp;priority=low\"",
                "hx-trigger=\"every 15s\"", "hx-swap=\"outerHTML\"");
        assertThat(rows(body)).contains(nobodys).doesNotContain(teamUnassigned, mine);
    }

    @Test
    void theBreachedTabListsCasesWithARecordedBreach() {
        long late = open(Map.of("title", "Late case " + suffix));
        int marked = jdbc.sql("UPDATE cx_case_sla SET first_response_breached_at = first_response_due WHERE case_id = :id")
                .param("id", late).update();

        String body = as(agent).get("/cases?tab=breached&state=any").body();

        assertThat(marked).isEqualTo(1);
        assertThat(rows(body)).contains(late).doesNotContain(mine, nobodys);
        assertThat(between(body, "<tr id=\"case-" + late + "\"", "</tr>")).contains("sla-breached", "عبور از SLA");
    }

    @Test
    void aBadFilterIsLeftOutWithANotice() {
        String body = as(agent).get("/cases?tab=all&priority=extreme&state=sleeping").body();

        assertThat(body).contains("id=\"filterDropped\"");
        assertThat(rows(body)).contains(mine, nobodys);
    }

    @Test
    void theCasePageShowsTheCaseWithItsCustomersContext() {
        String body = as(agent).get("/cases/" + mine).body();

        assertThat(between(body, "id=\"caseTitle\"", "</h1>")).contains("بسته شکسته رسید " + suffix);
        assertThat(between(body, "id=\"caseState\"", "</span>")).contains("جدید");
        assertThat(between(body, "id=\"moveForm\"", "</form>")).contains("id=\"move-acknowledged\"", "id=\"move-in_progress\"",
                "id=\"move-closed\"").doesNotContain("move-resolved");
        assertThat(between(body, "id=\"slaTable\"", "</table>")).contains("نخستین پاسخ", "حل", "در جریان");
        assertThat(between(body, "id=\"historyList\"", "</ol>")).contains("پرونده را باز کرد", "کلید API");
        String context = between(body, "id=\"customerContext\"", "دیدن نمایه‌ی کامل مشتری");
        assertThat(context).contains("مریم رضایی", "maryam." + suffix + "@example.com", "CP-" + suffix, "ایمیل",
                "href=\"/customers/" + customer + "\"", "سفارشم شکسته رسید", ">مشتری ویژه<");
        assertThat(between(body, "id=\"otherCases\"", "</ul>")).contains("href=\"/cases/" + earlier + "\"", "Earlier case")
                .doesNotContain("href=\"/cases/" + mine + "\"");
        assertThat(between(body, "id=\"assigneeSelect\"", "</select>")).contains("value=\"" + agent + "\" selected=\"selected\"")
                .contains("اعضای تیم");
    }

    @Test
    void anAgentMovesTheCaseAndTheHistorySaysWhoAndWhen() {
        long id = open(Map.of("title", "Move me " + suffix, "team", team));
        PageClient sara = as(agent);

        PageClient.Page moved = sara.post("/cases/" + id + "/state", fields("state", "acknowledged"), "/cases/" + id);
        String page = sara.get("/cases/" + id).body();

        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.location()).endsWith("/cases/" + id);
        assertThat(page).contains("id=\"caseSaved\"");
        assertThat(between(page, "id=\"caseState\"", "</span>")).contains("پذیرفته‌شده");
        assertThat(between(page, "id=\"historyList\"", "</ol>")).contains("Sara Agent", "وضعیت را از «جدید» به «پذیرفته‌شده» برد");
        JsonNode stored = apiCase(id);
        assertThat(stored.get("state").asString()).isEqualTo("acknowledged");
        JsonNode last = stored.get("history").get(stored.get("history").size() - 1);
        assertThat(last.get("actor").asString()).isEqualTo("user:" + agent);
        assertThat(last.get("change").asString()).isEqualTo("state");
        assertThat(stored.get("firstResponseAt").isNull()).as("the SLA's first response is recorded").isFalse();
    }

    @Test
    void aRefusedMoveShowsTheMovesTheCaseAllows() {
        long id = open(Map.of("title", "Not yet " + suffix));
        PageClient sara = as(agent);

        sara.post("/cases/" + id + "/state", fields("state", "resolved"), "/cases/" + id);
        String page = sara.get("/cases/" + id).body();

        String refused = between(page, "id=\"moveRefused\"", "</div>");
        assertThat(refused).contains("«حل‌شده»", "«جدید»", "پذیرفته‌شده", "در حال رسیدگی", "بسته");
        assertThat(apiCase(id).get("state").asString()).isEqualTo("new");
    }

    @Test
    void takingACaseFromTheInboxReturnsToTheInbox() {
        long id = open(Map.of("title", "Take me " + suffix, "team", team));
        PageClient sara = as(agent);
        String inbox = sara.get("/cases?tab=teams").body();
        assertThat(between(inbox, "<tr id=\"case-" + id + "\"", "</tr>")).contains("id=\"take-" + id + "\"");

        PageClient.Page taken = sara.post("/cases/" + id + "/take", fields("back", "/cases?tab=teams&state=open"), "/cases?tab=teams");
        long other = open(Map.of("title", "Take me too " + suffix));
        PageClient.Page elsewhere = sara.post("/cases/" + other + "/take", fields("back", "https://example.com/x"), "/cases?tab=teams");

        assertThat(taken.location()).endsWith("/cases?tab=teams&state=open");
        assertThat(apiCase(id).get("assignee").asString()).isEqualTo(agent);
        assertThat(elsewhere.location()).as("only paths of this site").endsWith("/cases/" + other);
        assertThat(rows(sara.get("/cases?tab=mine").body())).contains(id, mine, other);
    }

    @Test
    void detailsNotesAndAssigneeChangeThroughTheCaseService() {
        long id = open(Map.of("customerId", customer, "title", "Details " + suffix, "team", team));
        PageClient admin = asAdmin();

        admin.post("/cases/" + id + "/assignee", fields("assignee", colleague), "/cases/" + id);
        admin.post("/cases/" + id + "/details", fields("priority", "high", "team", team, "rootCause", "delivery_delay",
                "resolution", "کد تخفیف داده شد"), "/cases/" + id);
        admin.post("/cases/" + id + "/notes", fields("text", "با مشتری تماس گرفتم"), "/cases/" + id);
        String page = admin.get("/cases/" + id).body();

        JsonNode stored = apiCase(id);
        assertThat(stored.get("assignee").asString()).isEqualTo(colleague);
        assertThat(stored.get("priority").asString()).isEqualTo("high");
        assertThat(stored.get("rootCause").asString()).isEqualTo("delivery_delay");
        assertThat(stored.get("resolution").asString()).isEqualTo("کد تخفیف داده شد");
        assertThat(stored.get("notes").get(0).get("text").asString()).isEqualTo("با مشتری تماس گرفتم");
        List<String> changes = new ArrayList<>();
        stored.get("history").forEach(h -> changes.add(h.get("change").asString()));
        assertThat(changes).containsExactlyInAnyOrder("created", "assignee", "priority", "root_cause", "resolution", "note");
        assertThat(changes.get(0)).isEqualTo("created");
        assertThat(between(page, "id=\"noteList\"", "</ol>")).contains("با مشتری تماس گرفتم");
        assertThat(between(page, "id=\"historyList\"", "</ol>")).contains("پرونده را به Reza Colleague واگذار کرد",
                "اولویت را از عادی به زیاد تغییر داد", "علت ریشه‌ای را ثبت کرد: تأخیر در تحویل");
        assertThat(between(page, "id=\"caseRootCause\"", "</dd>")).contains("تأخیر در تحویل");
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndChangeNothing() {
        long id = open(Map.of("title", "Bad details " + suffix));
        PageClient admin = asAdmin();

        admin.post("/cases/" + id + "/details", fields("priority", "extreme", "team", "no-such-team-" + suffix,
                "rootCause", "Not A Key", "resolution", ""), "/cases/" + id);
        String afterDetails = admin.get("/cases/" + id).body();
        admin.post("/cases/" + id + "/assignee", fields("assignee", "nobody-" + suffix), "/cases/" + id);
        String afterAssign = admin.get("/cases/" + id).body();

        JsonNode stored = apiCase(id);
        assertThat(stored.get("priority").asString()).isEqualTo("normal");
        assertThat(stored.get("assignee").isNull()).isTrue();
        assertThat(stored.get("history").size()).isEqualTo(1);
        assertThat(between(afterDetails, "id=\"caseErrors\"", "</ul>")).contains("یک اولویت انتخاب کنید.",
                "یکی از تیم‌ها را انتخاب کنید.", "علت ریشه‌ای باید یک کلید باشد").doesNotContain("مسئول");
        assertThat(afterDetails).contains("class=\"form-select form-select-sm is-invalid\" id=\"prioritySelect\"");
        assertThat(between(afterAssign, "id=\"caseErrors\"", "</ul>")).contains("مسئول باید کاربری فعال باشد.");
    }

    @Test
    void aViewerReadsButCannotChangeACase() {
        PageClient vida = as(viewer);

        String page = vida.get("/cases/" + mine).body();
        String inbox = vida.get("/cases").body();
        PageClient.Page refused = vida.post("/cases/" + mine + "/state", fields("state", "closed"), "/cases");

        assertThat(page).contains("id=\"caseTitle\"").doesNotContain("id=\"moveForm\"", "id=\"noteForm\"", "id=\"assignForm\"");
        assertThat(inbox).doesNotContain("take-case");
        assertThat(rows(inbox)).as("a viewer starts with all cases").contains(mine, nobodys, colleagues);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(apiCase(mine).get("state").asString()).isEqualTo("new");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        PageClient.Page refused = as(agent).post("/cases/" + mine + "/state", fields("state", "closed"), null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(apiCase(mine).get("state").asString()).isEqualTo("new");
    }

    @Test
    void theFollowUpAnswerIsShownOnTheCase() {
        Map<String, Object> on = new LinkedHashMap<>();
        on.put("enabled", true);
        on.put("surveyId", null);
        on.put("channel", "link");
        assertThat(followUpSettings(on).status()).isEqualTo(200);
        try {
            long id = open(Map.of("customerId", customer, "title", "Follow me up " + suffix));
            assertThat(api.patch("/api/v1/cases/" + id, KEY, Api.json(Map.of("state", "in_progress"))).status()).isEqualTo(200);
            assertThat(api.patch("/api/v1/cases/" + id, KEY, Api.json(Map.of("state", "resolved"))).status()).isEqualTo(200);
            long invitationId = apiCase(id).get("followUp").get("invitationId").asLong();
            Invitation invitation = invitations.find(invitationId).orElseThrow();
            recorder.record(new ResponseSubmission(invitation.surveyId(), null, "page:" + UUID.randomUUID(), null, customer, "web",
                    "case_follow_up", "page", invitationId, "fa", null, Map.of("solved", true, "csat", 4, "comment", "سریع حل شد")));

            String page = asAdmin().get("/cases/" + id).body();

            String card = between(page, "id=\"followUpCard\"", "id=\"notes\"");
            assertThat(card).contains("پاسخ داده شد", "id=\"followUpSolved\">بله<", "۴ از ۵", "سریع حل شد");
            String history = between(page, "id=\"historyList\"", "</ol>");
            String persianId = Long.toString(invitationId).chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0'))))
                    .collect(java.util.stream.Collectors.joining());
            assertThat(history).contains("مشتری", "نظرسنجی پیگیری", "مشکل حل شده است؛ رضایت ۴ از ۵",
                    "پیوند شخصی نظرسنجی مشتری را ساخت (دعوت‌نامه‌ی " + persianId + ")");
            assertThat(history).doesNotContain("solved=", "answered|", "link|", "invitation");
        } finally {
            assertThat(followUpSettings(Map.of("enabled", false, "channel", "email", "delayMinutes", 60, "fatigueExempt", true)).status())
                    .isEqualTo(200);
            jdbc.sql("SELECT invitation_id FROM case_follow_up").query(Long.class).list().forEach(i -> invitations.withdraw(i, "test over"));
        }
    }

    private Api.Reply followUpSettings(Map<String, Object> body) {
        return api.send("/api/v1/cases/follow-up", KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownCaseIsNotFound() {
        PageClient admin = asAdmin();

        assertThat(admin.get("/cases/987654321").status()).isEqualTo(404);
        assertThat(admin.get("/cases/not-a-number").status()).isEqualTo(404);
    }
}
