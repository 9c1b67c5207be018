package org.hamsafar.journeys.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.hamsafar.actions.CaseBackfill;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.web.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The live page read like a browser without JavaScript, on the map of {@link OverlayFixture} for
 * the days 1 to 7 March 2026 of the display time zone (Tehran, so the period is [02-28 20:30 UTC,
 * 03-07 20:30 UTC): F's visit at 23:00 UTC on the 7th falls on the 8th there). Browse: A B C D,
 * A and B go on (50%); buy: A B C E, A and E go on (50%); support: A and E.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePagesTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    CaseBackfill backfill;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Formats formats;
    OverlayFixture data;

    @BeforeAll
    void arrange() throws InterruptedException {
        data = new OverlayFixture(port, surveys, recorder, customers, backfill, jdbc).build();
        data.awaitAnalysedScores();
    }

    /** The admin's language is remembered with the account: later tests expect the default, Persian. */
    @AfterAll
    void restoreAdminLanguage() {
        signedIn("fa");
    }

    private Browserless signedIn(String language) {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        browser.post("/preferences/language", Map.of("lang", language, "back", "/"), "/");
        return browser;
    }

    private String path() {
        return "/journeys/" + data.mapId + "/live?from=2026-03-01&to=2026-03-07&window=24h";
    }

    private String inPersian(Supplier<String> format) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        try {
            return format.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The HTML of one stage's column. */
    private static String column(String html, String stage) {
        int start = html.indexOf("id=\"stage-" + stage + "\"");
        assertThat(start).as("column " + stage).isPositive();
        int end = html.indexOf("id=\"stage-", start + 10);
        return html.substring(start, end < 0 ? html.indexOf("id=\"method\"") : end);
    }

    @Test
    void inPersianEachStageShowsItsFiguresWithPersianDigitsRightToLeft() {
        Browserless.Page page = signedIn("fa").get(path());

        String html = page.body();
        assertThat(page.status()).isEqualTo(200);
        assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"", "Overlay " + data.prefix);
        assertThat(html).contains("href=\"/journeys/" + data.mapId + "\"", "بازگشت به نقشه");
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        Instant first = LocalDate.parse("2026-03-01").atStartOfDay(tehran).toInstant();
        Instant last = LocalDate.parse("2026-03-07").atStartOfDay(tehran).toInstant();
        assertThat(html).contains(inPersian(() -> formats.date(first)), inPersian(() -> formats.date(last)));
        assertThat(inPersian(() -> formats.date(first))).contains("۱۴۰۴");

        String browse = column(html, "browse");
        assertThat(browse).contains("class=\"customers\">۴<", "۵۰٫۰٪", "۲ (۵۰٪)");
        String buy = column(html, "buy");
        assertThat(buy).contains("class=\"customers\">۴<");
        // A 22 h and E 1 h after their buys: the median is 11 h 30 min.
        assertThat(buy).contains("۱۱ ساعت ۳۰ دقیقه");
        // NPS 10, 6, 8, 3 is -25; CSAT 100%; CES 4.5.
        assertThat(buy).contains("۲۵ (n = ۴)", "۱۰۰٪ (n = ۲)", "۴٫۵ (n = ۲)");
        assertThat(buy).contains("۲ باز از ۲، ۲ گذشته از SLA");
        String support = column(html, "support");
        assertThat(support).contains("class=\"customers\">۲<", "class=\"repeat-contacts\">۱<", "۱ باز از ۲، ۱ گذشته از SLA");
        assertThat(support).contains("text-danger");
        assertThat(html).containsPattern("class=\"[^\"]*live-flagged[^\"]*\" id=\"stage-support\"");
        assertThat(html).contains("بیشترین تماس دوباره", "بدترین احساس");
        // the two curves: designed 1, 0, -2 and the actual one
        assertThat(html).contains("&quot;designed&quot;:[1,0,-2]", "&quot;actual&quot;:[null,");
        assertThat(html).contains("id=\"emotionChart\"", "/js/journeys-live.js");
    }

    @Test
    void inEnglishTheFlagsGiveTheirReasons() {
        String html = signedIn("en").get(path()).body();

        assertThat(html).contains("lang=\"en\"", "dir=\"ltr\"");
        // drop-off: browse and buy both lose 2 of 4; a tie goes to the earlier stage.
        assertThat(html).contains("data-kind=\"drop_off\" data-stage=\"browse\"");
        assertThat(html).contains("Largest drop-off: at “Browse”, 50% of the customers (2) do not go on to the next stage.");
        assertThat(html).contains("Most repeat contacts: 1 customers contacted again at “Support” within 24 hours.");
        assertThat(html).contains("Most SLA breaches: 2 cases of “Buy” missed their SLA.");
        assertThat(column(html, "browse")).contains("class=\"customers\">4<", "50.0%");
        assertThat(column(html, "buy")).contains("11 h 30 min", "-25 (n = 4)");
    }

    @Test
    void theFormKeepsItsChoicesAndExplainsBadOnes() {
        Browserless browser = signedIn("en");

        String segment = browser.get(path() + "&segment=" + data.segment).body();
        assertThat(segment).contains("value=\"" + data.segment + "\"", "customers tagged " + data.segment);
        assertThat(column(segment, "browse")).contains("class=\"customers\">2<");
        String persona = browser.get(path() + "&personaSegment=true").body();
        assertThat(persona).contains("(the persona’s segment)");
        assertThat(column(persona, "buy")).contains("class=\"customers\">3<");

        String reversed = browser.get("/journeys/" + data.mapId + "/live?from=2026-03-07&to=2026-03-01").body();
        assertThat(reversed).contains("id=\"formErrors\"", "The first day must come before the last.").doesNotContain("id=\"stages\"");
        String window = browser.get("/journeys/" + data.mapId + "/live?window=0d").body();
        assertThat(window).contains("Choose a window of more than 0 and at most 90 days.");
        assertThat(browser.get("/journeys/987654321/live").status()).isEqualTo(404);
        assertThat(new Browserless(port).get(path()).status()).as("signed out: to the login page").isEqualTo(302);
    }
}
