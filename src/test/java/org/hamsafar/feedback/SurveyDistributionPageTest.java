package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A survey's distribution page: triggers added and removed by form, invitations counted and listed without secrets. */
@Tag("store")
@HamsafarTest
class SurveyDistributionPageTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    Browserless browser;
    Api api;

    @BeforeEach
    void signInInEnglish() {
        api = new Api(port);
        browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");
    }

    @Test
    void triggersAreAddedListedRejectedAndRemovedThroughThePage() {
        long surveyId = InvitationFixtures.survey(api, "active", null);
        String page = "/surveys/" + surveyId + "/distribution";
        String eventType = "page_purchase_" + (System.nanoTime() % 1_000_000);

        Browserless.Page added = browser.post(page + "/triggers", triggerForm(eventType, "sms", "۱۵"), page);

        assertThat(added.status()).as(added.body()).isEqualTo(302);
        assertThat(added.location()).endsWith(page + "?added=1");
        JsonNode stored = triggers(surveyId);
        assertThat(stored).hasSize(1);
        JsonNode trigger = stored.get(0);
        assertThat(trigger.get("eventType").asString()).isEqualTo(eventType);
        assertThat(trigger.get("touchpoint").asString()).isEqualTo("checkout");
        assertThat(trigger.get("eventChannel").asString()).isEqualTo("web");
        assertThat(trigger.get("inviteChannel").asString()).isEqualTo("sms");
        assertThat(trigger.get("delayMinutes").asInt()).isEqualTo(15);
        assertThat(trigger.get("enabled").asBoolean()).isTrue();
        long triggerId = trigger.get("id").asLong();
        String row = between(browser.get(page + "?added=1").body(), "id=\"trigger-" + triggerId + "\"", "</tr>");
        assertThat(row).contains(eventType, "checkout", "Website", "SMS", "15 min", "/triggers/" + triggerId + "/delete");

        Browserless.Page rejected = browser.post(page + "/triggers", triggerForm(eventType + "_bad", "pigeon", "5"), page);

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(between(rejected.body(), "id=\"inviteChannelError\"", "</div>")).contains("Choose e-mail or SMS.");
        assertThat(rejected.body()).doesNotContain("id=\"eventTypeError\"").contains("value=\"" + eventType + "_bad\"");
        assertThat(triggers(surveyId)).hasSize(1);

        Browserless.Page deleted = browser.post(page + "/triggers/" + triggerId + "/delete", Map.of(), page);

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(triggers(surveyId)).isEmpty();
        assertThat(browser.get(page).body()).contains("id=\"noTriggers\"").doesNotContain("id=\"trigger-" + triggerId + "\"");
    }

    @Test
    void invitationsAreCountedByStatusAndListedWithoutTheirTokens() {
        long surveyId = InvitationFixtures.survey(api, "active", null);
        List<String> tokens = new java.util.ArrayList<>();
        List<Long> customers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Api.Reply reply = api.post("/api/v1/surveys/" + surveyId + "/invitations", KEY, Api.json(Map.of(
                    "customer", Map.of("externalId", "distribution-" + UUID.randomUUID()), "channel", "link", "touchpoint", "kiosk")));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            String link = reply.json().get("link").asString();
            tokens.add(link.substring(link.indexOf("?t=") + 3));
            customers.add(reply.json().get("customerId").asLong());
        }

        String body = browser.get("/surveys/" + surveyId + "/distribution").body();

        assertThat(between(body, "id=\"count-sent\"", "</div>")).isEqualTo("id=\"count-sent\">2");
        assertThat(between(body, "id=\"count-scheduled\"", "</div>")).isEqualTo("id=\"count-scheduled\">0");
        String list = between(body, "id=\"invitationTable\"", "</table>");
        assertThat(list).contains("kiosk", "Sent", "href=\"/customers/" + customers.get(0) + "\"",
                "href=\"/customers/" + customers.get(1) + "\"");
        assertThat(body).doesNotContain(tokens.get(0), tokens.get(1), "?t=");
        assertThat(browser.get("/surveys/" + surveyId + "/results").body())
                .contains("href=\"/surveys/" + surveyId + "/distribution\"");
        assertThat(browser.get("/surveys/987654321/distribution").status()).isEqualTo(404);
    }

    @Test
    void viewersSeeTriggersButMayNotChangeThem() {
        long surveyId = InvitationFixtures.survey(api, "active", null);
        Api.Reply trigger = api.post("/api/v1/surveys/" + surveyId + "/triggers", KEY,
                Api.json(Map.of("eventType", "viewer_seen", "inviteChannel", "email")));
        assertThat(trigger.status()).as(trigger.body()).isEqualTo(201);
        long triggerId = trigger.json().get("id").asLong();
        String username = "distviewer" + (System.nanoTime() % 1_000_000);
        Api.Reply user = api.post("/api/v1/users", KEY, Api.json(Map.of("username", username, "displayName", "Viewer",
                "password", "viewer-password-1", "role", "viewer", "language", "en")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless viewer = new Browserless(port);
        viewer.signIn(username, "viewer-password-1");
        String page = "/surveys/" + surveyId + "/distribution";

        String body = viewer.get(page).body();

        assertThat(body).contains("id=\"trigger-" + triggerId + "\"", "viewer_seen")
                .doesNotContain("id=\"triggerForm\"", "/delete");
        assertThat(viewer.post(page + "/triggers/" + triggerId + "/delete", Map.of(), page).status()).isEqualTo(403);
        assertThat(viewer.post(page + "/triggers", triggerForm("viewer_added", "email", "0"), page).status()).isEqualTo(403);
        assertThat(triggers(surveyId)).hasSize(1);
    }

    private JsonNode triggers(long surveyId) {
        Api.Reply reply = api.get("/api/v1/surveys/" + surveyId + "/triggers", KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Map<String, String> triggerForm(String eventType, String inviteChannel, String delay) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("eventType", eventType);
        form.put("touchpoint", "checkout");
        form.put("eventChannel", "web");
        form.put("inviteChannel", inviteChannel);
        form.put("delayMinutes", delay);
        form.put("enabled", "true");
        return form;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' on the page").isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("'" + end + "' after '" + start + "'").isNotNegative();
        return text.substring(from, to);
    }
}
