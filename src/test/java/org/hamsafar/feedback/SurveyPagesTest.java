package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The survey list, builder, results and CX overview pages, used like a browser without JavaScript. */
@Tag("store")
@HamsafarTest
class SurveyPagesTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    Browserless browser;
    Api api;

    @BeforeEach
    void signInInPersian() {
        api = new Api(port);
        browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
    }

    @Test
    void listShowsACreatedSurveyWithItsStatusLinkAndResponses() {
        Survey survey = surveys.create(request("فهرست " + System.nanoTime(), "active", List.of(question("nps", "nps", null, null))));
        record(survey, Instant.now(), Map.of("nps", 8), null, "web", null);

        String row = between(browser.get("/surveys").body(), "id=\"survey-" + survey.id() + "\"", "</tr>");

        assertThat(row).contains(survey.name(), "فعال", "survey-status-active", "href=\"/s/" + survey.key() + "\"",
                "href=\"/surveys/" + survey.id() + "/results\"", "href=\"/surveys/" + survey.id() + "/edit\"");
        assertThat(row).containsPattern(">۱</td>");
        assertThat(between(row, "<td class=\"text-nowrap\">", "</td>")).containsPattern("[۰-۹]{4}").doesNotContainPattern("[0-9]");
    }

    @Test
    void builderSavesASurveyWithAShowIfTypedWithPersianDigits() {
        Map<String, String> form = surveyForm("ساخته در صفحه " + System.nanoTime());
        form.put("questions[1].key", "why");
        form.put("questions[1].type", "text");
        form.put("questions[1].textFa", "چه چیزی ناراحتتان کرد؟");
        form.put("questions[1].textEn", "What upset you?");
        form.put("questions[1].page", "1");
        form.put("questions[1].showIfQuestion", "nps");
        form.put("questions[1].showIfOp", "<=");
        form.put("questions[1].showIfValue", "۶");

        Browserless.Page saved = browser.post("/surveys/new", form, "/surveys/new");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/surveys/\\d+/edit\\?saved=1");
        long id = Long.parseLong(saved.location().replaceAll(".*/surveys/(\\d+)/edit.*", "$1"));
        Survey stored = surveys.get(id);
        assertThat(stored.name()).isEqualTo(form.get("name"));
        assertThat(stored.status()).isEqualTo(SurveyStatus.ACTIVE);
        assertThat(stored.settings().quota()).isEqualTo(500);
        Question why = stored.definition().question("why").orElseThrow();
        assertThat(why.showIf()).isEqualTo(new DisplayCondition("nps", "<=", 6));
        String editPage = browser.get("/surveys/" + id + "/edit?saved=1").body();
        assertThat(editPage).contains("id=\"savedMessage\"", "value=\"why\"", "چه چیزی ناراحتتان کرد؟");
        assertThat(between(editPage, "id=\"q1showIfQuestion\"", "</select>")).contains("<option value=\"nps\" selected=\"selected\">nps</option>");
    }

    @Test
    void builderShowsTheValidatorsErrorNextToABadKeyAndKeepsWhatWasTyped() {
        Map<String, String> form = surveyForm("کلید بد " + System.nanoTime());
        form.put("questions[0].key", "Bad Key");

        Browserless.Page page = browser.post("/surveys/new", form, "/surveys/new");

        assertThat(page.status()).isEqualTo(422);
        String firstQuestion = between(page.body(), "id=\"question-0\"", "</li>");
        assertThat(firstQuestion).contains("value=\"Bad Key\"", "is-invalid",
                "شناسه باید با یک حرف کوچک لاتین شروع شود");
        assertThat(between(page.body(), "id=\"formErrors\"", "</div>")).contains("questions[0].key");
        assertThat(surveys.list(null, null, 20).items()).noneMatch(s -> s.name().equals(form.get("name")));
    }

    @Test
    void questionsAreAddedMovedAndRemovedWithoutJavaScript() {
        Map<String, String> form = surveyForm("ترتیب " + System.nanoTime());
        form.put("action", "add");
        String added = browser.post("/surveys/new", form, "/surveys/new").body();
        assertThat(added).contains("id=\"question-1\"").doesNotContain("id=\"question-2\"");

        form.put("questions[1].key", "second");
        form.put("questions[1].type", "text");
        form.put("action", "up-1");
        String moved = browser.post("/surveys/new", form, "/surveys/new").body();
        assertThat(between(moved, "id=\"q0key\"", ">")).contains("value=\"second\"");
        assertThat(between(moved, "id=\"q1key\"", ">")).contains("value=\"nps\"");

        form.put("questions[0].key", "second");
        form.put("questions[0].type", "text");
        form.put("questions[1].key", "nps");
        form.put("questions[1].type", "nps");
        form.put("action", "remove-1");
        String removed = browser.post("/surveys/new", form, "/surveys/new").body();
        assertThat(between(removed, "id=\"q0key\"", ">")).contains("value=\"second\"");
        assertThat(removed).contains("id=\"question-0\"").doesNotContain("id=\"question-1\"");
    }

    @Test
    void viewersReadButMayNotBuild() {
        String username = "viewer" + (System.nanoTime() % 1_000_000);
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", username,
                "displayName", "Viewer", "password", "viewer-password-1", "role", "viewer", "language", "en")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Survey survey = surveys.create(request("دیدنی " + System.nanoTime(), "draft", List.of(question("nps", "nps", null, null))));
        Browserless viewer = new Browserless(port);
        viewer.signIn(username, "viewer-password-1");

        Browserless.Page list = viewer.get("/surveys");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(survey.name()).doesNotContain("id=\"newSurvey\"", "/surveys/" + survey.id() + "/edit");
        assertThat(viewer.get("/surveys/new").status()).isEqualTo(403);
        assertThat(viewer.get("/surveys/" + survey.id() + "/edit").status()).isEqualTo(403);
        assertThat(viewer.get("/surveys/" + survey.id() + "/results").status()).isEqualTo(200);
        assertThat(viewer.get("/surveys/" + survey.id() + "/preview?lang=en").status()).isEqualTo(200);
        assertThat(viewer.post("/surveys/" + survey.id() + "/edit", surveyForm("changed"), "/surveys").status()).isEqualTo(403);
        assertThat(surveys.get(survey.id()).name()).isEqualTo(survey.name());
    }

    @Test
    void previewShowsTheQuestionsReadOnlyInEitherLanguage() {
        Survey survey = surveys.create(SurveyTemplates.requestFor(SurveyTemplates.find("post_purchase_nps").orElseThrow(), null, "fa"));

        String fa = browser.get("/surveys/" + survey.id() + "/preview?lang=fa").body();
        String en = browser.get("/surveys/" + survey.id() + "/preview?lang=en").body();

        assertThat(between(fa, "id=\"surveyPreview\"", "id=\"previewThankYou\"")).contains("lang=\"fa\"", "dir=\"rtl\"",
                "چقدر احتمال دارد ما را به دوستان یا همکاران خود پیشنهاد کنید؟", ">۱۰<", "disabled", "ارسال و تحویل سفارش");
        assertThat(between(en, "id=\"surveyPreview\"", "id=\"previewThankYou\"")).contains("lang=\"en\"", "dir=\"ltr\"",
                "How likely are you to recommend us to a friend or colleague?", ">10<", "Delivery");
        assertThat(browser.get("/surveys/987654321/preview").status()).isEqualTo(404);
    }

    @Test
    void resultsPageShowsCountsComputedFromTheResponses() {
        Survey survey = surveys.create(request("نتایج " + System.nanoTime(), "active", List.of(
                question("nps", "nps", null, null),
                question("resolved", "yes_no", null, null),
                question("improve", "multi_choice", List.of(
                        new Choice("delivery", new LocalizedText("ارسال", "Delivery")),
                        new Choice("price", new LocalizedText("قیمت", "Price"))), null),
                question("comment", "text", null, null))));
        long customer = customer("results-" + System.nanoTime());
        Instant now = Instant.now();
        record(survey, now.minus(Duration.ofHours(4)), Map.of("nps", 10, "resolved", true), null, "web", null);
        record(survey, now.minus(Duration.ofHours(3)), Map.of("nps", 9, "resolved", true, "improve", List.of("price")), null, "app", null);
        record(survey, now.minus(Duration.ofHours(2)), Map.of("nps", 6, "resolved", true, "improve", List.of("delivery", "price"),
                "comment", "بسته دیر رسید"), customer, "web", "checkout");
        record(survey, now.minus(Duration.ofHours(1)), Map.of("nps", 3, "resolved", false, "improve", List.of("delivery"),
                "comment", "پشتیبانی جواب نداد"), null, "phone", null);

        String page = browser.get("/surveys/" + survey.id() + "/results").body();

        assertThat(between(page, "id=\"responseCount\"", "</div>")).isEqualTo("id=\"responseCount\">۴");
        String nps = between(page, "id=\"result-nps\"", "id=\"result-resolved\"");
        // 2 promoters, 1 passive-free middle, 2 detractors of 4: NPS 0.
        assertThat(between(nps, "summary-value\">", "</span>")).isEqualTo("summary-value\">۰");
        assertThat(nps).contains("data-chart=\"{&quot;type&quot;:&quot;nps&quot;", "&quot;values&quot;:[0,0,0,1,0,0,1,0,0,1,1]");
        assertThat(count(nps, "bar-count\">۱<")).isEqualTo(4);
        String resolved = between(page, "id=\"result-resolved\"", "id=\"result-improve\"");
        assertThat(between(resolved, "data-key=\"yes\"", "</tr>")).contains("بله", "bar-count\">۳<");
        assertThat(between(resolved, "data-key=\"no\"", "</tr>")).contains("bar-count\">۱<");
        String improve = between(page, "id=\"result-improve\"", "id=\"result-comment\"");
        assertThat(between(improve, "data-key=\"delivery\"", "</tr>")).contains("ارسال", "bar-count\">۲<");
        assertThat(between(improve, "data-key=\"price\"", "</tr>")).contains("قیمت", "bar-count\">۲<");
        assertThat(improve).contains("۳ پاسخ");

        String comments = between(page, "id=\"commentList\"", "</ol>");
        assertThat(comments.indexOf("پشتیبانی جواب نداد")).as("newest first").isLessThan(comments.indexOf("بسته دیر رسید"));
        String withCustomer = comments.substring(comments.indexOf("بسته دیر رسید"));
        assertThat(withCustomer).contains("NPS ۶", "checkout", "href=\"/customers/" + customer + "\"");
    }

    @Test
    void resultsFollowTheRangeAndTheExportLinkStreamsTheSameCsv() {
        Survey survey = surveys.create(request("بازه " + System.nanoTime(), "active", List.of(question("nps", "nps", null, null))));
        record(survey, Instant.parse("2025-03-10T08:00:00Z"), Map.of("nps", 10), null, "web", null);
        record(survey, Instant.parse("2025-04-10T08:00:00Z"), Map.of("nps", 0), null, "web", null);

        // 1404-01-01 is 2025-03-21: only the April response.
        String april = browser.get("/surveys/" + survey.id() + "/results?from="
                + URLEncoder.encode("۱۴۰۴-۰۱-۰۱", StandardCharsets.UTF_8) + "&to=2025-04-10").body();
        Browserless.Page csv = browser.get("/surveys/" + survey.id() + "/results/export?from=1404-01-01");

        assertThat(between(april, "id=\"responseCount\"", "</div>")).isEqualTo("id=\"responseCount\">۱");
        assertThat(between(april, "id=\"exportCsv\"", ">")).contains("/surveys/" + survey.id() + "/results/export?from=");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFid,submittedAt,surveyVersion,customerId,channel,touchpoint,source,language,nps");
        assertThat(csv.body().lines().count()).isEqualTo(2);
        assertThat(csv.body()).contains("2025-04-10T08:00:00Z").doesNotContain("2025-03-10");
        assertThat(browser.get("/surveys/" + survey.id() + "/results?from=nonsense").body()).contains("id=\"rangeInvalid\"");
    }

    @Test
    void cxOverviewShowsTheNpsOfKnownAnswers() {
        Survey survey = surveys.create(request("شاخص " + System.nanoTime(), "active", List.of(question("nps", "nps", null, null))));
        String touchpoint = "cx_page_" + System.nanoTime();
        Instant now = Instant.now();
        record(survey, now.minus(Duration.ofDays(3)), Map.of("nps", 10), null, "web", touchpoint);
        record(survey, now.minus(Duration.ofDays(2)), Map.of("nps", 10), null, "web", touchpoint);
        record(survey, now.minus(Duration.ofDays(1)), Map.of("nps", 0), null, "app", touchpoint);

        String page = browser.get("/cx?surveyId=" + survey.id()).body();

        // 2 promoters and 1 detractor of 3: NPS 33.3, shown with Persian digits.
        String expected = NumberFormat.getInstance(new ULocale("fa_IR")).format(new BigDecimal("33.3"));
        assertThat(between(page, "id=\"npsValue\"", "</div>")).isEqualTo("id=\"npsValue\">" + expected);
        assertThat(between(page, "id=\"card-nps\"", "id=\"card-csat\"")).contains("تعداد: ۳");
        assertThat(page).contains("id=\"npsTrend\"", "&quot;metric&quot;:&quot;nps&quot;", "/webjars/echarts/5.3.1/dist/echarts.min.js",
                "/js/cx-overview.js", "lang=\"fa\"", "dir=\"rtl\"");
        assertThat(between(page, "id=\"byTouchpoint\"", "</table>")).contains(touchpoint);
        assertThat(between(page, "id=\"byChannel\"", "</table>")).contains("وب‌سایت", "اپلیکیشن");
        String onlyApp = browser.get("/cx?surveyId=" + survey.id() + "&channel=app&days=30&interval=month").body();
        assertThat(between(onlyApp, "id=\"npsValue\"", "</div>")).isEqualTo("id=\"npsValue\">" + NumberFormat.getInstance(new ULocale("fa_IR")).format(-100));
    }

    private Map<String, String> surveyForm(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("status", "active");
        form.put("langFa", "true");
        form.put("langEn", "true");
        form.put("quota", "۵۰۰");
        form.put("invitationExpiryDays", "14");
        form.put("questions[0].key", "nps");
        form.put("questions[0].type", "nps");
        form.put("questions[0].textFa", "چقدر احتمال دارد ما را پیشنهاد کنید؟");
        form.put("questions[0].textEn", "How likely are you to recommend us?");
        form.put("questions[0].required", "true");
        form.put("questions[0].page", "1");
        form.put("action", "save");
        return form;
    }

    private void record(Survey survey, Instant at, Map<String, ?> answers, Long customerId, String channel, String touchpoint) {
        recorder.record(new ResponseSubmission(survey.id(), null, null, null, customerId, channel, touchpoint, "api", null, "fa", at,
                answers));
    }

    private long customer(String externalId) {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("externalId", externalId))).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    static SurveyRequest request(String name, String status, List<SurveyRequest.QuestionRequest> questions) {
        return new SurveyRequest(name, status, null, null, null, questions, null);
    }

    static SurveyRequest.QuestionRequest question(String key, String type, List<Choice> choices, SurveyRequest.ConditionRequest showIf) {
        return new SurveyRequest.QuestionRequest(key, type, new LocalizedText("پرسش " + key, "Question " + key), false, showIf,
                choices, null, 1, null, null, null);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' on the page").isNotNegative();
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("'" + end + "' after '" + start + "'").isNotNegative();
        return text.substring(from, to);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
