package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The customer list and the customer 360 page, read like a browser without JavaScript. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPagesTest {
    /** لیلا with the Persian yeh (U+06CC), as stored, and ليلا with the Arabic yeh (U+064A), as some keyboards type it. */
    private static final String LEILA_PERSIAN = "\u0644\u06CC\u0644\u0627";
    private static final String LEILA_ARABIC = "\u0644\u064A\u0644\u0627";
    private static final String CHAT_TEXT = "سفارشم هنوز نرسیده است";
    private static final Pattern HREF = Pattern.compile(" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    Api api;
    Browserless browser;
    long leila;

    @BeforeAll
    void createLeila() {
        api = new Api(port);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identities", Map.of("externalId", "T-1", "email", "leila@example.com"));
        body.put("attributes", Map.of("firstName", LEILA_PERSIAN, "lastName", "کریمی", "city", "شیراز", "gender", "female"));
        body.put("psychographics", Map.of("interests", List.of("books")));
        body.put("consent", List.of(Map.of("channel", "email", "purpose", "marketing", "granted", true)));
        leila = upsert(body);

        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("id", "pages-t-1");
        purchase.put("type", "purchase");
        purchase.put("occurredAt", "2026-03-21T10:00:00+03:30");
        purchase.put("channel", "web");
        purchase.put("touchpoint", "checkout");
        purchase.put("customer", Map.of("externalId", "T-1"));
        purchase.put("value", 1250000);
        purchase.put("currency", "IRR");
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", "pages-t-2");
        chat.put("type", "chat_message");
        chat.put("occurredAt", "2026-03-22T09:30:00+03:30");
        chat.put("channel", "chat");
        chat.put("touchpoint", "live_chat");
        chat.put("customer", Map.of("externalId", "T-1"));
        chat.put("text", CHAT_TEXT);
        sendEvents(List.of(purchase, chat));
    }

    @BeforeEach
    void signInInPersian() {
        browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
    }

    @Test
    void customerPagesNeedASignedInUser() {
        Browserless.Page page = new Browserless(port).get("/customers/" + leila);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void listFindsHerByPersianNameTypedWithArabicLettersAndByEmail() {
        assertThat(LEILA_ARABIC).isNotEqualTo(LEILA_PERSIAN);

        String byArabicName = rows(browser.get("/customers?q=" + encode(LEILA_ARABIC)).body());
        String byEmail = rows(browser.get("/customers?q=" + encode("leila@example.com")).body());

        assertThat(byArabicName).contains(LEILA_PERSIAN + " کریمی", "T-1", "leila@example.com", "شیراز",
                "href=\"/customers/" + leila + "\"");
        assertThat(byEmail).contains(LEILA_PERSIAN + " کریمی", "T-1", "href=\"/customers/" + leila + "\"");
    }

    @Test
    void listShowsAnEmptyStateWhenNothingMatches() {
        String page = browser.get("/customers?q=" + encode("no-such-customer-xyz")).body();

        assertThat(page).contains("id=\"noCustomers\"", "مشتری‌ای با «no-such-customer-xyz» پیدا نشد.")
                .doesNotContain("id=\"customersTable\"");
    }

    @Test
    void listPagesWithMoreLinksAndSurvivesABadCursor() {
        for (int i = 0; i < 51; i++) {
            upsert(Map.of("identities", Map.of("externalId", String.format("PAGES-BULK-%02d", i))));
        }

        String first = browser.get("/customers?q=pages-bulk-").body();
        String more = hrefOf(first, "moreCustomersLink");
        String second = browser.get("/customers" + more).body();
        String badCursor = browser.get("/customers?q=pages-bulk-&cursor=" + encode("!!not-a-cursor")).body();

        assertThat(count(rows(first), "<tr id=\"customer-")).isEqualTo(50);
        assertThat(more).startsWith("?q=pages-bulk-&cursor=");
        assertThat(first).contains("hx-get=\"" + more.replace("&", "&amp;") + "\"");
        assertThat(count(rows(second), "<tr id=\"customer-")).isEqualTo(1);
        assertThat(rows(second)).contains("PAGES-BULK-00");
        assertThat(second).doesNotContain("id=\"moreCustomersLink\"");
        assertThat(count(rows(badCursor), "<tr id=\"customer-")).isEqualTo(50);
        assertThat(rows(badCursor)).contains("PAGES-BULK-50");
    }

    @Test
    void profilePageShowsTheCustomer360InPersian() {
        Browserless.Page page = browser.get("/customers/" + leila);
        String body = page.body();

        assertThat(page.status()).isEqualTo(200);
        assertThat(body).contains("lang=\"fa\"", "dir=\"rtl\"", "id=\"navCustomers\"");
        assertThat(between(body, "id=\"customerName\"", "</h1>")).contains(LEILA_PERSIAN + " کریمی");
        assertThat(between(body, "id=\"identities\"", "id=\"demographics\"")).contains("leila@example.com", "T-1", "ایمیل", "شناسه بیرونی");
        assertThat(between(body, "id=\"demographics\"", "id=\"psychographics\"")).contains("زن", "شیراز").doesNotContain(">female<");
        assertThat(between(body, "id=\"psychographics\"", "id=\"consent\"")).contains("کتاب").doesNotContain(">books<");
        assertThat(between(body, "id=\"consentTable\"", "</table>")).contains("ایمیل", "بازاریابی", "دارد", "text-bg-success")
                .doesNotContain(">marketing<");
        assertThat(between(body, "id=\"factInteractions\"", "</div>")).isEqualTo("id=\"factInteractions\">۲");
        assertThat(between(body, "id=\"factPurchases\"", "</div>")).isEqualTo("id=\"factPurchases\">۱");
        assertThat(between(body, "id=\"facts\"", "id=\"identities\"")).contains("data-channel=\"web\"", "data-channel=\"chat\"", "bi-chat-dots");

        String timeline = between(body, "id=\"timelineEntries\"", "</ol>");
        String purchase = entryWith(timeline, ">purchase</code>");
        assertThat(purchase).contains("checkout", "bi-globe", "وب‌سایت", "ریال").containsPattern("۱.۲۵۰.۰۰۰");
        assertThat(timeOf(purchase)).contains("فروردین", "۱۴۰۵").doesNotContain("2026", "Mar");
        assertThat(entryWith(timeline, ">chat_message</code>")).contains("dir=\"auto\">" + CHAT_TEXT, "گفتگوی آنلاین");
        assertThat(timeline.indexOf(">chat_message</code>")).as("newest first").isLessThan(timeline.indexOf(">purchase</code>"));
        assertThat(between(body, "id=\"channelFilter\"", "</nav>"))
                .contains("href=\"/customers/" + leila + "?channel=web\"", "href=\"/customers/" + leila + "?channel=chat\"")
                .doesNotContain("channel=email");
    }

    @Test
    void channelFilterShowsOnlyThatChannel() {
        String chatOnly = browser.get("/customers/" + leila + "?channel=chat").body();
        String unknownChannel = browser.get("/customers/" + leila + "?channel=pigeon").body();

        String timeline = between(chatOnly, "id=\"timelineEntries\"", "</ol>");
        assertThat(timeline).contains(CHAT_TEXT, ">chat_message</code>").doesNotContain(">purchase</code>");
        assertThat(count(timeline, "class=\"timeline-entry\"")).isEqualTo(1);
        assertThat(tagWithId(chatOnly, "filter-chat")).contains("btn-primary", "aria-current=\"true\"");
        assertThat(tagWithId(chatOnly, "filter-all")).contains("btn-outline-secondary").doesNotContain("aria-current");
        assertThat(between(unknownChannel, "id=\"timelineEntries\"", "</ol>")).contains(">purchase</code>", ">chat_message</code>");
    }

    @Test
    void timelinePagesWithOlderLinksAndSurvivesABadCursor() {
        long busy = upsert(Map.of("identities", Map.of("externalId", "PAGES-TIMELINE")));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            events.add(Map.of("id", "pages-view-" + i, "type", "page_view", "channel", "web",
                    "occurredAt", String.format("2026-04-01T10:%02d:00Z", i), "customer", Map.of("externalId", "PAGES-TIMELINE")));
        }
        sendEvents(events);

        String first = browser.get("/customers/" + busy).body();
        String older = hrefOf(first, "olderEntries");
        String second = browser.get("/customers/" + busy + older).body();
        String badCursor = browser.get("/customers/" + busy + "?cursor=" + encode("!!bad")).body();

        assertThat(count(between(first, "id=\"timelineEntries\"", "</ol>"), "class=\"timeline-entry\"")).isEqualTo(50);
        assertThat(older).startsWith("?cursor=");
        assertThat(count(between(second, "id=\"timelineEntries\"", "</ol>"), "class=\"timeline-entry\"")).isEqualTo(5);
        assertThat(second).doesNotContain("id=\"olderEntries\"");
        assertThat(count(between(badCursor, "id=\"timelineEntries\"", "</ol>"), "class=\"timeline-entry\"")).isEqualTo(50);
    }

    @Test
    void unknownCustomerIsNotFound() {
        Browserless.Page unknown = browser.get("/customers/987654321987");
        Browserless.Page notANumber = browser.get("/customers/not-a-number");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("۴۰۴", "صفحه‌ای در این نشانی نیست").doesNotContain("Exception");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.body()).contains("صفحه‌ای در این نشانی نیست");
    }

    @Test
    void mergedProfileRedirectsToTheSurvivorWhichListsTheMerge() {
        long survivor = upsert(Map.of("identities", Map.of("externalId", "PAGES-SURVIVOR"), "attributes", Map.of("firstName", "آرش")));
        long merged = upsert(Map.of("identities", Map.of("email", "pages-merged@example.com")));
        Api.Reply merge = api.post("/api/v1/customers/merges", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("survivorId", survivor, "mergedId", merged)));
        assertThat(merge.status()).as(merge.body()).isEqualTo(201);

        Browserless.Page redirect = browser.get("/customers/" + merged);
        String survivorPage = browser.get("/customers/" + survivor).body();

        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).endsWith("/customers/" + survivor);
        assertThat(between(survivorPage, "id=\"mergesTable\"", "</table>"))
                .contains("href=\"/customers/" + merged + "\"", "<td>دستی</td>", "text-bg-success\">ادغام‌شده<");
        assertThat(between(survivorPage, "id=\"identities\"", "id=\"demographics\"")).contains("pages-merged@example.com");
    }

    @Test
    void everySignedInRoleSeesTheCustomers() {
        browser.post("/admin/users", Map.of("username", "pages.viewer", "password", "viewer-password", "role", "viewer",
                "language", "fa"), "/admin/users");
        Browserless viewer = new Browserless(port);
        viewer.signIn("pages.viewer", "viewer-password");

        Browserless.Page list = viewer.get("/customers?q=T-1");
        Browserless.Page profile = viewer.get("/customers/" + leila);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"navCustomers\"");
        assertThat(rows(list.body())).contains(LEILA_PERSIAN + " کریمی");
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains(CHAT_TEXT);
    }

    @Test
    void englishPagesShowEnglishLabelsAndGregorianDates() {
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");
        try {
            String list = browser.get("/customers?q=" + encode("leila@example.com")).body();
            String body = browser.get("/customers/" + leila).body();

            assertThat(list).contains("lang=\"en\"", "Customer since", "External id").doesNotContain("شناسه بیرونی");
            assertThat(body).contains("lang=\"en\"", "dir=\"ltr\"", "bootstrap.min.css", "Timeline", "Channel mix");
            assertThat(between(body, "id=\"demographics\"", "id=\"psychographics\"")).contains("Female").doesNotContain("زن");
            assertThat(between(body, "id=\"psychographics\"", "id=\"consent\"")).contains("Books");
            assertThat(between(body, "id=\"consentTable\"", "</table>")).contains("E-mail", "Marketing", "Yes", "Purpose")
                    .doesNotContain("بازاریابی");
            String purchase = entryWith(between(body, "id=\"timelineEntries\"", "</ol>"), ">purchase</code>");
            assertThat(purchase).contains("Website", "1,250,000", "IRR");
            assertThat(timeOf(purchase)).contains("21 Mar 2026").doesNotContain("فروردین", "۱۴۰۵");
        } finally {
            browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
        }
    }

    @Test
    void keysBuiltFromCodesExistInBothLanguages() throws IOException {
        Set<String> needed = new HashSet<>();
        for (IdentityKind kind : IdentityKind.values()) {
            needed.add("identity." + kind.key());
        }
        addAll(needed, "gender.", "female", "male");
        addAll(needed, "education.", "primary", "secondary", "diploma", "associate", "bachelor", "master", "doctorate");
        addAll(needed, "income.", "low", "lower_middle", "middle", "upper_middle", "high");
        addAll(needed, "occupation.", "engineer", "teacher", "student", "physician", "nurse", "shopkeeper",
                "software_developer", "accountant", "designer", "civil_servant", "driver", "homemaker", "lawyer", "sales",
                "manager", "retired", "freelancer", "researcher");
        addAll(needed, "interest.", "fashion", "electronics", "books", "sports", "travel", "cooking", "gaming", "beauty",
                "home_decor", "music", "cinema", "fitness", "photography", "gardening", "kids");
        addAll(needed, "value.", "family", "tradition", "innovation", "sustainability", "value_for_money", "quality",
                "convenience", "health", "status");
        addAll(needed, "lifestyle.", "urban", "commuter", "parent", "student_life", "remote_worker", "active", "homebody",
                "traveller", "night_owl");
        addAll(needed, "merge.reason.", "identity_match", "anonymous_stitch", "manual");

        assertThat(load("messages_fa.properties").stringPropertyNames()).containsAll(needed);
        assertThat(load("messages_en.properties").stringPropertyNames()).containsAll(needed);
    }

    private long upsert(Map<String, Object> body) {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(body).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private void sendEvents(List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("rejected").size()).as(reply.body()).isZero();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The rows of the customer table, or "" when there is no table. */
    private static String rows(String page) {
        return page.contains("id=\"customerRows\"") ? between(page, "id=\"customerRows\"", "</tbody>") : "";
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("page has " + start).isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("page has " + end + " after " + start).isNotNegative();
        return text.substring(from, to);
    }

    /** The timeline entry (an li) that contains {@code marker}. */
    private static String entryWith(String timeline, String marker) {
        for (String entry : timeline.split("<li ")) {
            if (entry.contains(marker)) {
                return entry;
            }
        }
        throw new AssertionError("No timeline entry with " + marker);
    }

    /** The start tag of the element with this id (attribute values may hold '>'). */
    private static String tagWithId(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("page has an element " + id).isNotNegative();
        int start = page.lastIndexOf('<', at);
        boolean quoted = false;
        for (int i = start; i < page.length(); i++) {
            char c = page.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return page.substring(start, i + 1);
            }
        }
        throw new AssertionError("Unclosed tag " + id);
    }

    /** The (HTML-unescaped) href of the element with this id. */
    private static String hrefOf(String page, String id) {
        Matcher matcher = HREF.matcher(tagWithId(page, id));
        assertThat(matcher.find()).as("link " + id + " has an href").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The text of the time element in a timeline entry. */
    private static String timeOf(String entry) {
        String time = between(entry, "<time", "</time>");
        return time.substring(time.indexOf('>') + 1);
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            count++;
        }
        return count;
    }

    private static void addAll(Set<String> keys, String prefix, String... codes) {
        for (String code : codes) {
            keys.add(prefix + code);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(CustomerPagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
