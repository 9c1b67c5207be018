package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.web.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The text analytics pages read like a browser without JavaScript: the dashboard in Persian and
 * English with the numbers of a touchpoint's texts, topic mentions marked in the comments, filters
 * and paging; the topics page edited by an admin and refused to a viewer.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextPagesTest {
    private static final String RUDE_COURIER_FA = "پیک خیلی بی‌ادب بود و سفارش دیر رسید";
    private static final String GOOD_FOOD_FA = "غذا عالی بود و پیک به موقع رسید";
    private static final String RUDE_COURIER = "The courier was rude and the delivery was very late";
    private static final Pattern COMMENT = Pattern.compile("<li class=\"list-group-item comment\" data-sentiment=\"([a-z]+)\"");
    private static final Pattern HREF = Pattern.compile("id=\"moreCommentsLink\"\\s+href=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TextAnalysisWorker worker;
    @Autowired
    TextAnalysisService service;
    @Autowired
    Formats formats;
    Api api;
    Instant rudeCourierAt;

    @BeforeAll
    void storeTexts() {
        api = new Api(port);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        rudeCourierAt = now.minus(Duration.ofDays(3));
        List<Map<String, Object>> events = new ArrayList<>(List.of(
                event("pages-1", rudeCourierAt, "pages_delivery", RUDE_COURIER_FA),
                event("pages-2", now.minus(Duration.ofDays(2)), "pages_delivery", GOOD_FOOD_FA),
                event("pages-3", now.minus(Duration.ofDays(1)), "pages_delivery", RUDE_COURIER),
                event("pages-4", now.minus(Duration.ofHours(5)), "pages_unsafe", "<script>alert(1)</script> the courier was late")));
        for (int i = 0; i < TextPagesController.PAGE_SIZE + 2; i++) {
            events.add(event("pages-bulk-" + i, now.minus(Duration.ofDays(10)).plusSeconds(i), "pages_bulk", "Great prices #" + i));
        }
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        worker.drain();
    }

    private static Map<String, Object> event(String id, Instant at, String touchpoint, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", "chat_message");
        event.put("occurredAt", at.toString());
        event.put("channel", "chat");
        event.put("touchpoint", touchpoint);
        event.put("customer", Map.of("externalId", "text-pages"));
        event.put("text", text);
        return event;
    }

    @AfterEach
    void restoreTaxonomy() {
        service.resetTopics();
    }

    /** The admin's language is remembered with the account: later tests expect the default, Persian. */
    @AfterAll
    void restoreAdminLanguage() {
        signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "fa");
    }

    private Browserless signedIn(String user, String password, String language) {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(user, password).status()).isEqualTo(302);
        browser.post("/preferences/language", Map.of("lang", language, "back", "/"), "/");
        return browser;
    }

    private static List<String> sentiments(String page) {
        List<String> found = new ArrayList<>();
        Matcher matcher = COMMENT.matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private String jalaliDate(Instant instant) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        try {
            return formats.date(instant);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void dashboardInPersianShowsTheTouchpointsNumbersAndMarksTopicTerms() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "fa");

        Browserless.Page page = browser.get("/text?touchpoint=pages_delivery");

        String html = page.body();
        assertThat(page.status()).isEqualTo(200);
        assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"", "<title>تحلیل متن · همسفر</title>", "id=\"navText\"");
        assertThat(html).containsPattern("id=\"textCount\">۳<");
        assertThat(html).containsPattern("id=\"negativeCount\">۲ متن<").containsPattern("id=\"positiveCount\">۱ متن<");
        assertThat(html).contains("id=\"sentimentTrend\"", "data-name-negative=\"منفی\"", "&quot;negative&quot;:[");
        assertThat(html).containsPattern("data-topic=\"delivery\">\\s*<td><a [^>]*>ارسال و تحویل</a></td>\\s*<td class=\"text-end mentions\">۳</td>");
        assertThat(html).containsPattern("data-touchpoint=\"pages_delivery\" data-topic=\"delivery\">[\\s\\S]*?<td class=\"text-end negative\">۲</td>");
        assertThat(html).as("a topic links to its comments under the same filters")
                .contains("href=\"/text?days=90&amp;interval=week&amp;touchpoint=pages_delivery&amp;topic=delivery#explorer\"");
        assertThat(html).contains("<mark title=\"ارسال و تحویل\">پیک</mark> خیلی");
        assertThat(html).contains("<mark title=\"کیفیت غذا\">غذا</mark> عالی");
        assertThat(html).contains(jalaliDate(rudeCourierAt)).contains("پیام مشتری");
        assertThat(sentiments(html)).containsExactly("negative", "positive", "negative");
    }

    @Test
    void dashboardInEnglishMarksTermsAndEscapesTheText() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String delivery = browser.get("/text?touchpoint=pages_delivery&days=30").body();
        String unsafe = browser.get("/text?touchpoint=pages_unsafe").body();

        assertThat(delivery).contains("lang=\"en\"", "dir=\"ltr\"", "<title>Text analytics · Hamsafar</title>");
        assertThat(delivery).containsPattern("id=\"textCount\">3<");
        assertThat(delivery).contains("The <mark title=\"Delivery\">courier</mark> was");
        assertThat(unsafe).contains("&lt;script&gt;alert(1)&lt;/script&gt; the <mark title=\"Delivery\">courier</mark>")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void filtersShowOnlyMatchingCommentsAndBadValuesAreLeftOut() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String negative = browser.get("/text?touchpoint=pages_delivery&sentiment=negative").body();
        String search = browser.get("/text?touchpoint=pages_delivery&q=COURIER").body();
        String topic = browser.get("/text?touchpoint=pages_delivery&topic=food_quality").body();
        String bad = browser.get("/text?touchpoint=pages_delivery&sentiment=angry&channel=fax").body();

        assertThat(sentiments(negative)).containsExactly("negative", "negative");
        assertThat(negative).contains("خیلی <mark title=\"Staff behaviour\">بی‌ادب</mark> بود").doesNotContain("عالی بود");
        assertThat(search).contains("The <mark title=\"Delivery\">courier</mark>").doesNotContain("بی‌ادب");
        assertThat(sentiments(topic)).containsExactly("positive");
        assertThat(bad).contains("id=\"filterInvalid\"");
        assertThat(sentiments(bad)).hasSize(3);
    }

    @Test
    void figuresChartAndTablesFollowTheSentimentTopicAndSearchFilters() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String food = browser.get("/text?touchpoint=pages_delivery&topic=food_quality").body();
        String negative = browser.get("/text?touchpoint=pages_delivery&sentiment=negative").body();
        String search = browser.get("/text?touchpoint=pages_delivery&q=COURIER").body();
        String nothing = browser.get("/text?touchpoint=pages_delivery&q=no-such-words").body();

        assertThat(food).containsPattern("id=\"textCount\">1<").containsPattern("id=\"positiveCount\">n = 1<")
                .containsPattern("id=\"negativeCount\">n = 0<");
        assertThat(food).as("the chosen topic and the topics mentioned beside it")
                .containsPattern("data-topic=\"food_quality\">\\s*<td><a [^>]*>Food quality</a></td>\\s*<td class=\"text-end mentions\">1</td>")
                .containsPattern("data-topic=\"delivery\">\\s*<td><a [^>]*>Delivery</a></td>\\s*<td class=\"text-end mentions\">1</td>")
                .doesNotContain("data-topic=\"staff_behaviour\"", "id=\"negativeByTouchpoint\"");
        assertThat(food).contains("No negative mentions in the texts that match.");
        assertThat(negative).containsPattern("id=\"textCount\">2<").containsPattern("id=\"positiveCount\">n = 0<")
                .containsPattern("id=\"negativeCount\">n = 2<")
                .containsPattern("data-topic=\"delivery\">\\s*<td><a [^>]*>Delivery</a></td>\\s*<td class=\"text-end mentions\">2</td>")
                .containsPattern("data-touchpoint=\"pages_delivery\" data-topic=\"delivery\">[\\s\\S]*?<td class=\"text-end negative\">2</td>")
                .doesNotContain("data-topic=\"food_quality\"");
        assertThat(search).containsPattern("id=\"textCount\">1<").containsPattern("id=\"negativeCount\">n = 1<");
        assertThat(nothing).contains("id=\"noTrend\"", "No analysed texts match this range and these filters.", "id=\"noComments\"");
        assertThat(food + negative + search).doesNotContain("commentFiltersNote");
    }

    @Test
    void averageScoresShowTwoDecimalsAndPartialPeriodsAreMarked() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String weekly = browser.get("/text?touchpoint=pages_delivery").body();
        String daily = browser.get("/text?touchpoint=pages_delivery&days=30&interval=day").body();
        String persian = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "fa").get("/text?touchpoint=pages_delivery").body();

        assertThat(weekly).contains("id=\"averageScore\">-0.29<");
        assertThat(weekly).containsPattern("data-topic=\"delivery\">[\\s\\S]*?</a></td>\\s*<td[^>]*>3</td>[\\s\\S]*?average-score\">-0.29</td>");
        assertThat(weekly).as("0.9 with its second decimal")
                .containsPattern("data-topic=\"food_quality\">[\\s\\S]*?</a></td>\\s*<td[^>]*>1</td>[\\s\\S]*?average-score\">0.90</td>");
        assertThat(persian).contains("id=\"averageScore\">\u200E−۰٫۲۹<")
                .containsPattern("data-topic=\"food_quality\">[\\s\\S]*?average-score\">۰٫۹۰</td>");
        assertThat(chartSeries(weekly, "partial")).as("the range cuts the first week and the current one")
                .startsWith("true,false").endsWith("false,true");
        List<String> days = List.of(chartSeries(daily, "partial").split(","));
        assertThat(days).as("the first day from this time 30 days ago, and today").hasSize(31);
        assertThat(days.subList(1, 30)).containsOnly("false");
        assertThat(List.of(days.get(0), days.get(30))).containsExactly("true", "true");
        assertThat(weekly).contains("data-name-partial=\"partial period\"", "id=\"partialNote\"");
        assertThat(persian).contains("data-name-partial=\"دوره ناقص\"");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(formats.decimal(0.6, 2)).isEqualTo("0.60");
            assertThat(formats.decimal(new java.math.BigDecimal("0.165"), 2)).isEqualTo("0.17");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
            assertThat(formats.decimal(0.6, 2)).isEqualTo("۰٫۶۰");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The values of one series of the trend chart's data, as written in the page (comma-separated). */
    private static String chartSeries(String page, String series) {
        Matcher matcher = Pattern.compile("&quot;" + series + "&quot;:\\[([^\\]]*)\\]").matcher(page);
        assertThat(matcher.find()).as(series + " in the chart data").isTrue();
        return matcher.group(1);
    }

    @Test
    void commentsPageOnWithAMoreLink() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String first = browser.get("/text?touchpoint=pages_bulk").body();
        Matcher more = HREF.matcher(first);
        assertThat(more.find()).isTrue();
        String second = browser.get(more.group(1).replace("&amp;", "&")).body();

        assertThat(sentiments(first)).hasSize(TextPagesController.PAGE_SIZE);
        assertThat(first).contains(" #26</p>", " #2</p>").doesNotContain(" #1</p>", " #0</p>");
        assertThat(sentiments(second)).hasSize(2);
        assertThat(second).contains(" #1</p>", " #0</p>").doesNotContain("id=\"moreCommentsLink\"");
    }

    @Test
    void anAdminEditsATopicAndTheAnalyserUsesIt() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");
        String form = browser.get("/text/topics?edit=packaging").body();

        Browserless.Page saved = browser.post("/text/topics", Map.of("key", "packaging", "isNew", "false",
                "labelFa", "جعبه و کارتن", "labelEn", "Boxes and cartons", "termsFa", "جعبه\r\n\r\nکارتن", "termsEn", "box\ncarton"),
                "/text/topics");
        String after = browser.get("/text/topics").body();
        String analysed = api.post("/api/v1/text/analyze", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("texts", List.of(Map.of("text", "The carton was crushed"))))).body();
        Browserless.Page invalid = browser.post("/text/topics", Map.of("key", "packaging", "isNew", "false", "labelFa", "جعبه",
                "labelEn", " ", "termsFa", "", "termsEn", ""), "/text/topics");

        assertThat(form).contains("id=\"topicForm\"", "value=\"Packaging\"", "name=\"_csrf\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/text/topics");
        assertThat(after).contains("id=\"topicSaved\"", "Boxes and cartons", "جعبه و کارتن");
        assertThat(after).containsPattern("id=\"topic-packaging\">[\\s\\S]*?<td class=\"text-end\">2 / 2</td>");
        assertThat(analysed).contains("\"key\":\"packaging\"", "\"label\":\"Boxes and cartons\"");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("id=\"topicErrors\"", "English name: 1 to 200 characters",
                "Persian terms: at least one term").contains("value=\"جعبه\"");
        assertThat(service.analyzer().taxonomy().topic("packaging").labelEn()).isEqualTo("Boxes and cartons");
    }

    @Test
    void anAdminAddsDeletesResetsAndQueuesReanalysis() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "fa");

        browser.post("/text/topics", Map.of("key", "loyalty", "isNew", "true", "labelFa", "باشگاه مشتریان", "labelEn", "Loyalty",
                "termsFa", "باشگاه", "termsEn", ""), "/text/topics");
        String added = browser.get("/text/topics").body();
        browser.post("/text/topics/delivery/delete", Map.of(), "/text/topics");
        String deleted = browser.get("/text/topics").body();
        browser.post("/text/topics/reset", Map.of(), "/text/topics");
        String reset = browser.get("/text/topics").body();
        Browserless.Page queued = browser.post("/text/topics/reanalyze", Map.of(), "/text/topics");
        String queuedPage = browser.get("/text/topics").body();
        worker.drain();

        assertThat(added).contains("id=\"topic-loyalty\"", "باشگاه مشتریان");
        assertThat(deleted).contains("id=\"topicDeleted\"").doesNotContain("id=\"topic-delivery\"");
        assertThat(reset).contains("id=\"topicsReset\"", "id=\"topic-delivery\"").doesNotContain("id=\"topic-loyalty\"");
        assertThat(queued.status()).isEqualTo(302);
        assertThat(queuedPage).contains("id=\"reanalyzeQueued\"").containsPattern("[۰-۹]+ متن در صف تحلیل قرار گرفت");
    }

    @Test
    void aViewerReadsTopicsButMayNotChangeThem() {
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", "text-viewer",
                "displayName", "Viewer", "password", "a-long-password", "role", "viewer", "language", "en")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Browserless browser = signedIn("text-viewer", "a-long-password", "en");

        String page = browser.get("/text/topics?edit=delivery").body();
        Browserless.Page delete = browser.post("/text/topics/delivery/delete", Map.of(), "/text/topics");
        Browserless.Page reanalyze = browser.post("/text/topics/reanalyze", Map.of(), "/text/topics");

        assertThat(page).contains("id=\"topic-delivery\"").doesNotContain("id=\"topicForm\"", "id=\"reanalyzeAll\"");
        assertThat(delete.status()).isEqualTo(403);
        assertThat(reanalyze.status()).isEqualTo(403);
        assertThat(service.analyzer().taxonomy().topic("delivery")).isNotNull();
        assertThat(browser.get("/text").status()).isEqualTo(200);
    }
}
