package org.hamsafar.journeys.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The paths page read like a browser without JavaScript, by a viewer in Persian and an analyst in
 * English: the anchored customers, the chart data, the table of paths, Jalali dates in and out,
 * the switching tab, and settings that cannot be used falling back with a notice.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathPagesTest {
    private static final Pattern ANCHORED = Pattern.compile("id=\"anchoredCustomers\">([^<]+)<");
    private static final Pattern PATH_ROW = Pattern.compile("<tr class=\"path-row\">");
    @LocalServerPort
    int port;
    Api api;
    String prefix;
    String query;

    /**
     * In the week of 2026-03-01 (UTC): a views then carts then buys; b views then carts; c only
     * views; and for switching, a calls on the phone after a web contact 30 min earlier.
     */
    @BeforeAll
    void sendEventsAndCreateUsers() {
        api = new Api(port);
        prefix = "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("a", "view", "web", "2026-03-02T10:00:00Z"));
        events.add(event("a", "cart", "web", "2026-03-02T10:05:00Z"));
        events.add(event("a", "buy", "web", "2026-03-02T10:10:00Z"));
        events.add(event("b", "view", "app", "2026-03-03T10:00:00Z"));
        events.add(event("b", "cart", "app", "2026-03-03T10:05:00Z"));
        events.add(event("c", "view", "web", "2026-03-04T10:00:00Z"));
        events.add(event("a", "contact", "web", "2026-03-05T10:00:00Z"));
        events.add(event("a", "call", "phone", "2026-03-05T10:30:00Z"));
        events.add(event("b", "contact", "web", "2026-03-05T11:00:00Z"));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (String[] user : new String[][] {{"viewer", "fa"}, {"analyst", "en"}}) {
            Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", prefix + "-" + user[0],
                    "displayName", user[0], "password", "a-long-password", "role", user[0], "language", user[1])));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        query = "anchorType=" + prefix + "_view&from=2026-03-01&to=2026-03-07";
    }

    private Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    private Browserless signedIn(String role) {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-" + role, "a-long-password").status()).isEqualTo(302);
        return browser;
    }

    private static String anchored(String page) {
        Matcher matcher = ANCHORED.matcher(page);
        assertThat(matcher.find()).as("anchored customers on the page").isTrue();
        return matcher.group(1).strip();
    }

    private static int pathRows(String page) {
        Matcher matcher = PATH_ROW.matcher(page);
        int rows = 0;
        while (matcher.find()) {
            rows++;
        }
        return rows;
    }

    @Test
    void anAnalystSeesThePathsChartDataAndTableInEnglish() {
        Browserless.Page page = signedIn("analyst").get("/journeys/paths?" + query);

        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("<html lang=\"en\" dir=\"ltr\"");
        assertThat(anchored(body)).isEqualTo("3");
        // [cart, buy], [cart] and [] after the view: three complete paths
        assertThat(pathRows(body)).isEqualTo(3);
        assertThat(body).contains("id=\"pathSankey\"").contains("&quot;id&quot;:&quot;2:" + prefix + "_buy&quot;")
                .contains("&quot;label&quot;:&quot;End&quot;");
        assertThat(body).contains("id=\"periodShown\"").contains("1 Mar 2026").contains("7 Mar 2026");
        assertThat(body).doesNotContain("id=\"filterInvalid\"");
    }

    @Test
    void aViewerSeesPersianDigitsAndJalaliDatesAndMayTypeJalaliDates() {
        Browserless viewer = signedIn("viewer");
        String gregorian = viewer.get("/journeys/paths?" + query).body();
        // 1404/12/10 to 1404/12/16 are 2026-03-01 to 2026-03-07
        String jalali = viewer.get("/journeys/paths?anchorType=" + prefix + "_view&from=1404/12/10&to=%DB%B1%DB%B4%DB%B0%DB%B4/%DB%B1%DB%B2/%DB%B1%DB%B6")
                .body();

        assertThat(gregorian).contains("<html lang=\"fa\" dir=\"rtl\"");
        assertThat(anchored(gregorian)).isEqualTo("۳");
        assertThat(gregorian).contains("value=\"۱۴۰۴/۱۲/۱۰\"").contains("value=\"۱۴۰۴/۱۲/۱۶\"");
        assertThat(gregorian).contains("&quot;label&quot;:&quot;پایان&quot;");
        assertThat(anchored(jalali)).isEqualTo("۳");
        assertThat(jalali).doesNotContain("id=\"filterInvalid\"");
    }

    @Test
    void theSwitchingTabShowsTheRateMatrixAndPairs() {
        Browserless analyst = signedIn("analyst");

        String page = analyst.get("/journeys/paths?view=switching&intentType=" + prefix + "_contact&intentType=" + prefix
                + "_call&switchWindow=1d&from=2026-03-01&to=2026-03-07").body();

        // Two episodes on the web, one continued on the phone after 30 min.
        assertThat(page).containsPattern("id=\"switchRate\">\\s*50\\.0%");
        assertThat(page).containsPattern("id=\"switchEpisodes\">\\s*2<");
        assertThat(page).containsPattern("id=\"switchMedian\">\\s*30 min");
        assertThat(page).contains("data-pair=\"web-phone\"").contains("id=\"switchMatrix\"").contains("id=\"switchHeatmap\"");
        assertThat(page).contains("data-from=\"web\"");
    }

    @Test
    void aSegmentKeepsOnlyItsMembersOnBothTabs() {
        String segment = prefix + "-seg";
        api.tag(prefix + "-a", segment, HamsafarTest.ADMIN_KEY);
        Browserless analyst = signedIn("analyst");

        String paths = analyst.get("/journeys/paths?" + query + "&segment=" + segment).body();
        String switching = analyst.get("/journeys/paths?view=switching&intentType=" + prefix + "_contact&intentType=" + prefix
                + "_call&switchWindow=1d&from=2026-03-01&to=2026-03-07&segment=" + segment).body();

        assertThat(anchored(paths)).isEqualTo("1");
        assertThat(pathRows(paths)).isEqualTo(1);
        assertThat(paths).contains("id=\"segment\"").contains("value=\"" + segment + "\"");
        // a's web contact continued on the phone: one episode, switched
        assertThat(switching).containsPattern("id=\"switchRate\">\\s*100\\.0%");
        assertThat(switching).containsPattern("id=\"switchEpisodes\">\\s*1<");
        String bad = analyst.get("/journeys/paths?" + query + "&segment=Not+A+Key").body();
        assertThat(bad).contains("id=\"filterInvalid\"");
        assertThat(anchored(bad)).isEqualTo("3");
    }

    @Test
    void settingsThatCannotBeUsedFallBackWithANotice() {
        Browserless analyst = signedIn("analyst");

        Browserless.Page page = analyst.get("/journeys/paths?anchorType=" + prefix + "_view&to=2026-03-07&depth=99&nodeBy=colour&from=yesterday");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"filterInvalid\"").contains("value=\"yesterday\"");
        // depth falls back to 4 and the period to the 30 days up to the given end
        assertThat(page.body()).containsPattern("<option value=\"4\" selected=\"selected\">").contains("6 Feb 2026");
    }

    @Test
    void theTabLinksKeepTheSettings() {
        String page = signedIn("analyst").get("/journeys/paths?" + query + "&depth=2").body();

        assertThat(page).containsPattern("id=\"tabSwitching\" href=\"/journeys/paths\\?[^\"]*depth=2[^\"]*view=switching");
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() {
        Browserless.Page page = new Browserless(port).get("/journeys/paths");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}
