package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The funnel page, read like a browser without JavaScript, in Persian and English. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelPagesTest {
    @LocalServerPort
    int port;
    FunnelFixture f;
    Browserless browser;

    /**
     * On 2026-08-02 (Tehran time): u1 visits on the web at 10:00, carts at 10:05 and buys at 10:15;
     * u2 visits on the app, carts 10 minutes later, no buy; u3 only visits; u4 visits, carts 20
     * minutes later and buys 30 minutes after that. So 4, 3, 2 customers; carts after a median of
     * 10 minutes, buys after a median of 20. A filler customer in 2025 makes the types frequent
     * enough to lead the pickers.
     */
    @BeforeAll
    void sendEvents() {
        f = new FunnelFixture(port);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(f.event("u1", "visit", "web", "2026-08-02T10:00:00+03:30"));
        events.add(f.event("u1", "cart", "web", "2026-08-02T10:05:00+03:30"));
        events.add(f.event("u1", "buy", "web", "2026-08-02T10:15:00+03:30"));
        events.add(f.event("u2", "visit", "app", "2026-08-02T11:00:00+03:30"));
        events.add(f.event("u2", "cart", "app", "2026-08-02T11:10:00+03:30"));
        events.add(f.event("u3", "visit", "web", "2026-08-02T12:00:00+03:30"));
        events.add(f.event("u4", "visit", "web", "2026-08-02T13:00:00+03:30"));
        events.add(f.event("u4", "cart", "web", "2026-08-02T13:20:00+03:30"));
        events.add(f.event("u4", "buy", "web", "2026-08-02T13:50:00+03:30"));
        for (int i = 0; i < 40; i++) {
            for (String type : List.of("visit", "cart", "buy")) {
                events.add(f.event("filler", type, "web", "2025-01-01T10:" + String.format("%02d", i) + ":00Z"));
            }
        }
        f.send(events);
    }

    @BeforeEach
    void signInInPersian() {
        browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
    }

    private Map<String, String> funnel(String from, String to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type0", f.type("visit"));
        params.put("type1", f.type("cart"));
        params.put("type2", f.type("buy"));
        params.put("window", "1d");
        params.put("from", from);
        params.put("to", to);
        return params;
    }

    private static String query(Map<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return "/journeys/funnels?" + query;
    }

    @Test
    void thePageNeedsASignedInUser() {
        Browserless.Page page = new Browserless(port).get("/journeys/funnels");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void anEmptyBuilderOffersTheStoredTypesAndTouchpoints() {
        Browserless.Page page = browser.get("/journeys/funnels");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"", "id=\"funnelForm\"", "id=\"stepRow2\"", "id=\"funnelIntro\"",
                        "قیف‌ها", "<option value=\"" + f.type("visit") + "\">" + f.type("visit") + " (۴۴)</option>")
                .doesNotContain("id=\"funnelResults\"", "id=\"stepRow3\"");
    }

    @Test
    void aThreeStepFunnelInPersianShowsCountsConversionsAndMedianTimes() {
        Browserless.Page page = browser.get(query(funnel("2026-08-01", "2026-08-02")));
        String body = page.body();

        assertThat(page.status()).isEqualTo(200);
        String table = between(body, "id=\"funnelTable\"", "</table>");
        assertThat(cell(table, "stepResult0", "step-customers")).isEqualTo("۴");
        assertThat(cell(table, "stepResult1", "step-customers")).isEqualTo("۳");
        assertThat(cell(table, "stepResult2", "step-customers")).isEqualTo("۲");
        assertThat(cell(table, "stepResult1", "step-from-previous")).isEqualTo("۷۵٫۰٪");
        assertThat(cell(table, "stepResult2", "step-from-previous")).isEqualTo("۶۶٫۷٪");
        assertThat(cell(table, "stepResult2", "step-from-first")).isEqualTo("۵۰٫۰٪");
        assertThat(between(table, "id=\"stepResult1\"", "</tr>")).contains("۱۰ دقیقه");
        assertThat(between(table, "id=\"stepResult2\"", "</tr>")).contains("۲۰ دقیقه");
        assertThat(body).contains("id=\"funnelChart\"", "data-chart=", "journey-funnels.js", "id=\"dropped1\"", "id=\"dropped2\"")
                .doesNotContain("id=\"dropped0\"");
        // the period in the Jalali calendar: 10 to 11 Mordad 1405
        assertThat(between(body, "id=\"funnelSummary\"", "</h2>")).contains("مرداد", "۱۴۰۵", "۱ روز");
        assertThat(hrefOf(body, "bookmarkLink")).contains("type0=" + f.type("visit"), "window=1d");
    }

    @Test
    void jalaliDatesWithPersianDigitsGiveTheSamePeriod() {
        String body = browser.get(query(funnel("۱۴۰۵/۰۵/۱۰", "1405-05-11"))).body();

        String table = between(body, "id=\"funnelTable\"", "</table>");
        assertThat(cell(table, "stepResult0", "step-customers")).isEqualTo("۴");
        assertThat(cell(table, "stepResult2", "step-customers")).isEqualTo("۲");
    }

    @Test
    void theDroppedCustomersLinkDownloadsTheirCsv() {
        String body = browser.get(query(funnel("2026-08-01", "2026-08-02"))).body();
        String link = hrefOf(body, "dropped1").replace("&amp;", "&");

        Browserless.Page csv = browser.get(link);

        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFcustomerId,name,email,externalId,previousStep,reachedPreviousAt,lastEventAt,lastEventType,lastEventChannel");
        // u3 visited and never carted
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(f.externalId("u3"), "2026-08-02T08:30:00Z", f.type("visit"), "web");
    }

    @Test
    void mistakesAreShownNextToTheirFieldsAndTheFormKeepsItsValues() {
        Map<String, String> params = funnel("1405-13-01", "2026-08-02");
        params.put("window", "2 weeks");
        params.put("optional0", "on");
        params.put("pk1_0", "Plan");
        params.put("pv1_0", "gold");
        params.put("pk2_1", "items");
        String body = browser.get(query(params)).body();

        assertThat(body).doesNotContain("id=\"funnelResults\"");
        assertThat(between(body, "id=\"error-from\"", "</div>")).contains("تاریخی مانند");
        assertThat(between(body, "id=\"error-window\"", "</div>")).contains("مدت");
        assertThat(between(body, "id=\"error-optional0\"", "</div>")).contains("گام اول");
        assertThat(between(body, "id=\"error-pk1_0\"", "</div>")).contains("نام ویژگی");
        assertThat(between(body, "id=\"error-pv2_1\"", "</div>")).contains("مقدار");
        assertThat(tagWithId(body, "window")).contains("value=\"2 weeks\"", "is-invalid");
        assertThat(between(body, "id=\"type1\"", "</select>")).contains("value=\"" + f.type("cart") + "\" selected");
    }

    @Test
    void oneStepIsNotAFunnel() {
        String body = browser.get("/journeys/funnels?type0=" + f.type("visit")).body();

        assertThat(between(body, "id=\"error-steps\"", "</div>")).contains("۲ تا ۲۰ گام").doesNotContain("{0}");
    }

    @Test
    void addingAndRemovingRows() {
        Map<String, String> params = funnel("2026-08-01", "2026-08-02");
        params.put("rows", "3");
        params.put("add", "1");
        String added = browser.get(query(params)).body();
        params.remove("add");
        params.put("remove", "0");
        String removed = browser.get(query(params)).body();

        assertThat(added).contains("id=\"stepRow3\"");
        assertThat(between(removed, "id=\"type0\"", "</select>")).contains("value=\"" + f.type("cart") + "\" selected");
        assertThat(between(removed, "id=\"funnelTable\"", "</table>")).doesNotContain("id=\"stepResult2\"");
    }

    @Test
    void aBreakdownByEntryChannelInEnglish() {
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");
        Map<String, String> params = funnel("2026-08-01", "2026-08-02");
        params.put("by", "channel");
        String body = browser.get(query(params)).body();

        assertThat(body).contains("dir=\"ltr\"", "Funnels");
        String table = between(body, "id=\"funnelTable\"", "</table>");
        assertThat(cell(table, "stepResult1", "step-from-previous")).isEqualTo("75.0%");
        assertThat(between(table, "id=\"stepResult2\"", "</tr>")).contains("20 min");
        String breakdown = between(body, "id=\"breakdownTable\"", "</table>");
        // web: u1, u3, u4 (2 bought); app: u2
        assertThat(breakdown.indexOf("data-group=\"web\"")).isLessThan(breakdown.indexOf("data-group=\"app\"")).isPositive();
        assertThat(between(breakdown, "data-group=\"web\"", "</tr>")).contains("Website", ">3<", "66.7%");
    }

    private static String cell(String table, String rowId, String cellClass) {
        String row = between(table, "id=\"" + rowId + "\"", "</tr>");
        String cell = between(row, cellClass + "\">", "</td>");
        return cell.substring(cell.indexOf('>') + 1).strip();
    }

    private static String hrefOf(String page, String id) {
        String tag = tagWithId(page, id);
        return between(tag, "href=\"", "\"").substring("href=\"".length());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("page has " + start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("page has " + end + " after " + start).isNotNegative();
        return text.substring(from, to);
    }

    private static String tagWithId(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("page has an element " + id).isNotNegative();
        int start = page.lastIndexOf('<', at);
        return page.substring(start, page.indexOf('>', at) + 1);
    }
}
