package org.hamsafar.journeys.peakend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.support.Api;
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

/**
 * The peak-end page read like a browser without JavaScript, on the ten hand-computed journeys of
 * {@link PeakEndFixture#tenJourneys} (December 2024, asked for by a fixed period and their segment):
 * the figures in Persian (digits, Jalali dates, right to left) and English, the verdicts, the chart
 * data, the worst journeys linking to the customers, and controls that cannot be used.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeakEndPagesTest {
    private static final Pattern ROW = Pattern.compile("<tr data-customer=\"(\\d+)\">");
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    Formats formats;
    String segment;
    List<Long> ids;

    @BeforeAll
    void arrange() {
        segment = "pe-page-" + UUID.randomUUID().toString().substring(0, 8);
        ids = new PeakEndFixture(port, surveys, recorder, customers).tenJourneys(segment);
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

    private String path() {
        return "/journeys/peak-end?from=2024-11-01&to=2025-01-01&segment=" + segment;
    }

    private String inPersian(Supplier<String> format) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fa"));
        try {
            return format.get();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static List<Long> rows(String html) {
        Matcher m = ROW.matcher(html);
        java.util.ArrayList<Long> rows = new java.util.ArrayList<>();
        while (m.find()) {
            rows.add(Long.parseLong(m.group(1)));
        }
        return rows;
    }

    @Test
    void inPersianThePageShowsTheFiguresWithPersianDigitsAndJalaliDates() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "fa");

        Browserless.Page page = browser.get(path());

        String html = page.body();
        assertThat(page.status()).isEqualTo(200);
        assertThat(html).contains("lang=\"fa\"", "dir=\"rtl\"", "<title>امتیاز اوج و پایان · همسفر</title>");
        assertThat(html).contains("id=\"journeyCount\">۱۰<", "id=\"customerCount\">۱۰<");
        // mean peak-end 3.4 / 10 = 0.34, mean average 1.6 / 10 = 0.16, with the Persian decimal separator
        assertThat(html).contains("id=\"meanPeakEnd\">۰٫۳۴<", "id=\"meanAverage\">۰٫۱۶<");
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        Instant from = LocalDate.parse("2024-11-01").atStartOfDay(tehran).toInstant();
        Instant lastDay = LocalDate.parse("2024-12-31").atStartOfDay(tehran).toInstant();
        assertThat(html).contains(inPersian(() -> formats.date(from)), inPersian(() -> formats.date(lastDay)));
        assertThat(inPersian(() -> formats.date(from))).contains("۱۴۰۳");
        assertThat(html).contains("id=\"npsVerdict\" data-better=\"neither\"", "هیچ‌کدام پاسخ NPS بعدی را به‌روشنی بهتر پیش‌بینی نمی‌کند");
        assertThat(html).contains("r برابر ۰٫۶۶ برای امتیاز اوج و پایان و ۰٫۳۹ برای میانگین ساده");
        assertThat(html).contains("id=\"repurchaseVerdict\" data-better=\"neither\"", "AUC برابر ۰٫۹۰ برای امتیاز اوج و پایان و ۰٫۷۴");
        assertThat(html).contains("id=\"histogram\"", "id=\"predictorChart\"", "id=\"scatter-peakEnd\"", "id=\"scatter-average\"");
    }

    @Test
    void inEnglishTheWorstJourneysComeFirstAndLinkToTheirCustomers() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String html = browser.get(path()).body();

        assertThat(html).contains("lang=\"en\"", "dir=\"ltr\"", "id=\"journeyCount\">10<", "id=\"meanPeakEnd\">0.34<");
        assertThat(html).contains("Neither predicts the next NPS answer clearly better: r = 0.66 for the peak-end score and 0.39 for the average"
                + " (difference 0.27, 95% interval -0.26 to 0.89, which includes 0; 10 journeys).");
        assertThat(html).contains("Neither predicts a repurchase clearly better: AUC 0.90 for the peak-end score and 0.74 for the average"
                + " (difference 0.16, 95% interval -0.21 to 0.53, p = 0.400; 5 journeys with a purchase, 5 without).");
        // peak-end -0.7 (customer 7), -0.1 (5), 0.1 (9), 0.3 (2), 0.4 (8), then the 0.6s, latest first by id order, and 1.0 (10)
        List<Long> rows = rows(html);
        assertThat(rows).hasSize(10);
        assertThat(rows.subList(0, 5)).containsExactly(ids.get(6), ids.get(4), ids.get(8), ids.get(1), ids.get(7));
        assertThat(rows.get(9)).isEqualTo(ids.get(9));
        assertThat(html).contains("href=\"/customers/" + ids.get(6) + "\"");
        assertThat(html).containsPattern("<tr data-customer=\"" + ids.get(6) + "\">[\\s\\S]*?-0.70[\\s\\S]*?-0.40");
        // the chart data: journeys per bin of 0.1 and a bubble per (rounded score, next answer)
        assertThat(html).contains("&quot;journeys&quot;:[0,0,0,1,0,0,0,0,0,1,0,1,0,1,1,0,4,0,0,1]");
        assertThat(html).contains("[-0.7,2,1]");
    }

    @Test
    void controlsThatCannotBeUsedAreLeftOutWithANotice() {
        Browserless browser = signedIn("admin", HamsafarTest.ADMIN_PASSWORD, "en");

        String html = browser.get("/journeys/peak-end?gap=99d&horizon=x&days=12&channel=fax&segment=" + segment).body();

        assertThat(html).contains("id=\"filterInvalid\"", "id=\"noJourneys\"", "id=\"notEnoughNps\"");
        assertThat(html).contains("<option value=\"14d\" selected=\"selected\">", "<option value=\"90d\" selected=\"selected\">",
                "<option value=\"365\" selected=\"selected\">");
    }

    @Test
    void anySignedInUserMaySeeThePageButNobodyElse() {
        Api api = new Api(port);
        String name = "pe-viewer-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", name, "displayName", name,
                "password", "a-long-password", "role", "viewer", "language", "en")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Browserless.Page viewer = signedIn(name, "a-long-password", "en").get(path());
        Browserless.Page stranger = new Browserless(port).get(path());

        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.body()).contains("id=\"journeyCount\">10<");
        assertThat(stranger.status()).isEqualTo(302);
        assertThat(stranger.location()).endsWith("/login");
    }
}
