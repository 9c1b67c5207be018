package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hamsafar.customers.CustomerAttributes;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.CustomerIdentity;
import org.hamsafar.customers.IdentityKind;
import org.hamsafar.customers.NewCustomer;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public survey page as a browser without JavaScript uses it: plain form posts, cookies kept.
 * Forms are sent with a form time a few seconds old, as a person would (a fresh one is a bot's).
 */
@Tag("store")
@HamsafarTest
class SurveyPageTest {
    static final String KEY = HamsafarTest.ADMIN_KEY;
    /** Two pages: an NPS with a follow-up shown to detractors and passives, then CSAT and a multiple choice. */
    static final String TWO_PAGES = """
            {"name": "%s", "status": "%s", "languages": ["en", "fa"],
             "thankYou": {"en": "Thanks a lot!", "fa": "بسیار سپاسگزاریم!"},
             "settings": {"quota": %s},
             "questions": [
               {"key": "nps", "type": "nps", "required": true, "page": 1,
                "text": {"en": "How likely are you to recommend us?", "fa": "چقدر احتمال دارد ما را پیشنهاد کنید؟"}},
               {"key": "why", "type": "text", "page": 1, "maxLength": 200, "showIf": {"question": "nps", "op": "<=", "value": 6},
                "text": {"en": "What went wrong?", "fa": "چه چیزی خوب نبود؟"}},
               {"key": "csat", "type": "csat", "required": true, "page": 2,
                "text": {"en": "How satisfied are you with the delivery?", "fa": "از تحویل چقدر راضی هستید؟"}},
               {"key": "liked", "type": "multi_choice", "page": 2, "text": {"en": "What did you like?", "fa": "چه چیزی را پسندیدید؟"},
                "choices": [{"id": "speed", "text": {"en": "Speed", "fa": "سرعت"}}, {"id": "price", "text": {"en": "Price", "fa": "قیمت"}}]}
             ]}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    InvitationRepository invitations;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    SequenceBlocks ids;
    @Autowired
    MeterRegistry meters;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void aVisitorWalksBothPagesAndTheResponseIsStoredOnce() {
        JsonNode survey = survey("active", "null");
        String key = survey.get("key").asString();
        Visitor visitor = new Visitor();

        Visitor.Page first = visitor.get("/s/" + key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("lang=\"en\"", "dir=\"ltr\"", "Page 1 of 2", "aria-valuenow=\"1\"", "aria-valuemax=\"2\"",
                "How likely are you to recommend us?", "name=\"a.nps\"", "Not at all likely");
        assertThat(first.body()).as("a conditional question on the same page is shown without JavaScript")
                .contains("What went wrong?", "data-show-if=");
        assertThat(visitor.cookieNames()).as("no session for respondents").doesNotContain("JSESSIONID");

        // A promoter also wrote into the follow-up that only detractors see: that answer is dropped, not refused.
        Visitor.Page second = visitor.send("/s/" + key, first, List.of(Map.entry("a.nps", "9"), Map.entry("a.why", "nothing")));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.body()).contains("Page 2 of 2", "How satisfied are you with the delivery?", ">Send<", "id=\"back\"");
        String draftId = second.hidden("draft");
        assertThat(visitor.cookie("hs_draft_" + key)).isEqualTo(draftId);
        Map<String, Object> draft = jdbc.sql("SELECT page, answers, submitted_at FROM survey_draft WHERE id = :id").param("id", draftId)
                .query().singleRow();
        assertThat(((Number) draft.get("page")).intValue()).isEqualTo(2);
        assertThat(JSON.readTree((String) draft.get("answers"))).isEqualTo(JSON.readTree("{\"nps\": 9}"));
        assertThat(draft.get("submitted_at")).isNull();

        // Leaving and coming back resumes on page 2.
        Visitor.Page resumed = visitor.get("/s/" + key);
        assertThat(resumed.body()).contains("Page 2 of 2", "value=\"" + draftId + "\"");

        Visitor.Page thanks = visitor.send("/s/" + key, resumed,
                List.of(Map.entry("a.csat", "۴"), Map.entry("a.liked", "speed"), Map.entry("a.liked", "price")));
        assertThat(thanks.status()).as(thanks.body()).isEqualTo(200);
        assertThat(thanks.body()).contains("Thanks a lot!");
        assertThat(visitor.cookie("hs_draft_" + key)).as("the resume cookie is cleared").isNull();

        // The same last page sent again (a double click) is stored once.
        Visitor.Page again = visitor.send("/s/" + key, resumed,
                List.of(Map.entry("a.csat", "4"), Map.entry("a.liked", "speed"), Map.entry("a.liked", "price")));
        assertThat(again.body()).contains("Thanks a lot!");

        List<Map<String, Object>> stored = responses(survey.get("id").asLong());
        assertThat(stored).hasSize(1);
        Map<String, Object> response = stored.get(0);
        assertThat(JSON.readTree((String) response.get("answers")))
                .isEqualTo(JSON.readTree("{\"nps\": 9, \"csat\": 4, \"liked\": [\"speed\", \"price\"]}"));
        assertThat(response.get("source")).isEqualTo("page");
        assertThat(response.get("channel")).isEqualTo("web");
        assertThat(response.get("language")).isEqualTo("en");
        assertThat(response.get("customer_id")).isNull();
        assertThat(jdbc.sql("SELECT submitted_at FROM survey_draft WHERE id = :id").param("id", draftId).query().singleValue())
                .isNotNull();
    }

    @Test
    void backReturnsToTheEarlierPageWithItsAnswersAndKeepsThisPagesAnswers() {
        String key = survey("active", "null").get("key").asString();
        Visitor visitor = new Visitor();
        Visitor.Page second = visitor.send("/s/" + key, visitor.get("/s/" + key), List.of(Map.entry("a.nps", "4"), Map.entry("a.why", "late")));
        List<Map.Entry<String, String>> back = new ArrayList<>(List.of(Map.entry("a.csat", "5"), Map.entry("action", "back")));
        Visitor.Page first = visitor.send("/s/" + key, second, back);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Page 1 of 2", ">late</textarea>");
        assertThat(first.body()).containsPattern("id=\"q-nps-4\" name=\"a.nps\"\\s+value=\"4\"[^>]*checked=\"checked\"");
        Map<String, Object> draft = jdbc.sql("SELECT page, answers FROM survey_draft WHERE id = :id").param("id", first.hidden("draft"))
                .query().singleRow();
        assertThat(((Number) draft.get("page")).intValue()).isEqualTo(1);
        assertThat(JSON.readTree((String) draft.get("answers")))
                .isEqualTo(JSON.readTree("{\"nps\": 4, \"why\": \"late\", \"csat\": 5}"));
    }

    @Test
    void aMissingRequiredAnswerIsShownNextToItsQuestionAndNothingIsStored() {
        JsonNode survey = survey("active", "null");
        String key = survey.get("key").asString();
        Visitor visitor = new Visitor();
        Visitor.Page form = visitor.get("/s/" + key);

        Visitor.Page refused = visitor.send("/s/" + key, form, List.of(Map.entry("a.why", "late")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#q-nps-0\"", "id=\"q-nps-error\"", "Please choose an answer.",
                "aria-describedby=\"q-nps-hint q-nps-error\"", "Page 1 of 2");
        assertThat(refused.body()).as("what was written is kept").contains(">late</textarea>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_draft WHERE id = :id").param("id", form.hidden("draft"))
                .query(Long.class).single()).isZero();

        // In Persian the page is right-to-left and the message is Persian, with Persian digits.
        Visitor.Page persian = visitor.get("/s/" + key + "?lang=fa");
        assertThat(persian.body()).contains("lang=\"fa\"", "dir=\"rtl\"", "bootstrap.rtl.min.css", "صفحهٔ ۱ از ۲", "href=\"/s/" + key + "?lang=en\"");
        Visitor.Page outOfRange = visitor.send("/s/" + key, persian, List.of(Map.entry("a.nps", "11")));
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("لطفاً عددی از ۰ تا ۱۰ انتخاب کنید.");
        assertThat(responses(survey.get("id").asLong())).isEmpty();
    }

    @Test
    void aPersonalLinkTiesTheResponseToItsCustomerAndCanBeUsedOnce() {
        JsonNode survey = survey("active", "null");
        long surveyId = survey.get("id").asLong();
        String key = survey.get("key").asString();
        long customerId = customer();
        Invitation invitation = invite(surveyId, customerId, "sms", Instant.now().plus(Duration.ofDays(3)));

        Visitor visitor = new Visitor();
        Visitor.Page first = visitor.get("/s/" + key + "?t=" + invitation.token());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.hidden("t")).isEqualTo(invitation.token());
        Visitor.Page second = visitor.send("/s/" + key, first, List.of(Map.entry("a.nps", "3"), Map.entry("a.why", "Too slow")));
        assertThat(second.body()).contains("Page 2 of 2");
        Visitor.Page thanks = visitor.send("/s/" + key, second, List.of(Map.entry("a.csat", "2")));
        assertThat(thanks.body()).contains("Thanks a lot!");

        Map<String, Object> response = responses(surveyId).get(0);
        assertThat(((Number) response.get("customer_id")).longValue()).isEqualTo(customerId);
        assertThat(response.get("channel")).isEqualTo("sms");
        assertThat(response.get("touchpoint")).isEqualTo("delivery");
        assertThat(((Number) response.get("invitation_id")).longValue()).isEqualTo(invitation.id());
        assertThat(JSON.readTree((String) response.get("answers"))).isEqualTo(JSON.readTree("{\"nps\": 3, \"why\": \"Too slow\", \"csat\": 2}"));
        assertThat(invitations.find(invitation.id()).orElseThrow().answered()).isTrue();

        Visitor.Page used = new Visitor().get("/s/" + key + "?t=" + invitation.token());
        assertThat(used.status()).isEqualTo(409);
        assertThat(used.body()).contains("This link was already used");
    }

    @Test
    void erasingTheCustomerEndsTheirLinkAndRemovesTheAnswersTheySavedThroughIt() {
        JsonNode survey = survey("active", "null");
        String key = survey.get("key").asString();
        long customerId = customer();
        Invitation invitation = invite(survey.get("id").asLong(), customerId, "email", Instant.now().plus(Duration.ofDays(3)));
        Visitor visitor = new Visitor();
        Visitor.Page first = visitor.get("/s/" + key + "?t=" + invitation.token());
        Visitor.Page second = visitor.send("/s/" + key, first, List.of(Map.entry("a.nps", "2"), Map.entry("a.why", "My name is Sara")));
        String draftId = second.hidden("draft");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_draft WHERE id = :id").param("id", draftId).query(Long.class).single()).isEqualTo(1);

        assertThat(api.delete("/api/v1/customers/" + customerId + "?mode=anonymize", HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_draft WHERE id = :id").param("id", draftId).query(Long.class).single()).isZero();
        assertThat(new Visitor().get("/s/" + key + "?t=" + invitation.token()).status()).isEqualTo(410);
    }

    @Test
    void expiredUnknownAndForeignLinksAreRefusedKindly() {
        JsonNode survey = survey("active", "null");
        String key = survey.get("key").asString();
        long customerId = customer();
        Invitation expired = invite(survey.get("id").asLong(), customerId, "email", Instant.now().minus(Duration.ofMinutes(1)));
        Invitation foreign = invite(survey("active", "null").get("id").asLong(), customerId, "email", Instant.now().plus(Duration.ofDays(1)));

        Visitor.Page gone = new Visitor().get("/s/" + key + "?t=" + expired.token());
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("This link has expired").doesNotContain("<form");
        assertThat(new Visitor().get("/s/" + key + "?t=no-such-token").status()).isEqualTo(404);
        Visitor.Page other = new Visitor().get("/s/" + key + "?t=" + foreign.token());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("Link not found");
    }

    @Test
    void closedFullDraftAndUnknownSurveysShowNoForm() {
        Visitor visitor = new Visitor();
        Visitor.Page closed = visitor.get("/s/" + survey("closed", "null").get("key").asString());
        assertThat(closed.status()).isEqualTo(410);
        assertThat(closed.body()).contains("This survey is closed").doesNotContain("<form");
        assertThat(visitor.get("/s/" + survey("paused", "null").get("key").asString()).status()).isEqualTo(410);
        assertThat(visitor.get("/s/" + survey("draft", "null").get("key").asString()).status()).isEqualTo(404);
        Visitor.Page unknown = visitor.get("/s/noSuchSurvey42?lang=fa");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("dir=\"rtl\"", "نظرسنجی پیدا نشد");

        JsonNode full = survey("active", "1");
        Api.Reply first = api.post("/api/v1/surveys/" + full.get("id").asLong() + "/responses", KEY, """
                {"answers": {"nps": 10, "csat": 5}}""");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(visitor.get("/s/" + full.get("key").asString()).status()).isEqualTo(410);
    }

    @Test
    void aFormFilledByABotIsThankedButNotStored() {
        JsonNode survey = survey("active", "null");
        String key = survey.get("key").asString();
        double before = bots("honeypot") + bots("too_fast");

        Visitor trapped = new Visitor();
        Visitor.Page page = trapped.get("/s/" + key);
        Visitor.Page thanked = trapped.send("/s/" + key, page,
                List.of(Map.entry("a.nps", "10"), Map.entry(SurveyPageController.HONEYPOT, "http://spam.example")));
        assertThat(thanked.status()).isEqualTo(200);
        assertThat(thanked.body()).contains("Thanks a lot!");

        Visitor hasty = new Visitor();
        Visitor.Page fresh = hasty.get("/s/" + key);
        Visitor.Page alsoThanked = hasty.post("/s/" + key, fresh.fields(List.of(Map.entry("a.nps", "10"))));
        assertThat(alsoThanked.body()).contains("Thanks a lot!");

        assertThat(bots("honeypot") + bots("too_fast") - before).isEqualTo(2.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_draft WHERE survey_id = :s").param("s", survey.get("id").asLong())
                .query(Long.class).single()).isZero();
        assertThat(responses(survey.get("id").asLong())).isEmpty();
    }

    @Test
    void anOversizedFormIsRefused() {
        String key = survey("active", "null").get("key").asString();
        Visitor visitor = new Visitor();
        Visitor.Page page = visitor.get("/s/" + key);
        Visitor.Page tooLarge = visitor.send("/s/" + key, page, List.of(Map.entry("a.nps", "5"), Map.entry("a.why", "x".repeat(600_000))));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("Answers too long");
    }

    @Test
    void theWidgetReadsAnActiveSurveysPublicDefinition() {
        JsonNode survey = survey("active", "null");
        Api.Reply reply = api.get("/s/" + survey.get("key").asString() + "/definition.json", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
        JsonNode definition = reply.json();
        assertThat(definition.get("key").asString()).isEqualTo(survey.get("key").asString());
        assertThat(definition.get("version").asInt()).isEqualTo(1);
        assertThat(definition.get("questions").get(1).get("showIf").get("op").asString()).isEqualTo("<=");
        assertThat(definition.has("name")).as("internal names stay inside").isFalse();
        assertThat(definition.has("settings")).isFalse();

        assertThat(api.get("/s/" + survey("closed", "null").get("key").asString() + "/definition.json", null).status()).isEqualTo(404);
        assertThat(api.get("/s/" + survey.get("id").asLong() + "/definition.json", null).status()).isEqualTo(404);
        assertThat(api.get("/survey-widget.js", null).status()).isEqualTo(200);
    }

    private JsonNode survey(String status, String quota) {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, TWO_PAGES.formatted("Page " + UUID.randomUUID(), status, quota));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private long customer() {
        return customers.registerAll(List.of(new NewCustomer(
                List.of(new CustomerIdentity(IdentityKind.EXTERNAL_ID, "page-" + UUID.randomUUID())), CustomerAttributes.EMPTY,
                null, List.of()))).get(0);
    }

    private Invitation invite(long surveyId, long customerId, String channel, Instant expiresAt) {
        Instant now = Instant.now();
        Invitation invitation = new Invitation(ids.next("survey_invitation_seq", 1).get(0), surveyId, customerId, channel, "delivery",
                null, null, UUID.randomUUID().toString().replace("-", ""), InvitationStatus.SENT, null, now, now, null, null,
                expiresAt, 1, now);
        invitations.insert(invitation);
        return invitation;
    }

    private List<Map<String, Object>> responses(long surveyId) {
        return jdbc.sql("SELECT customer_id, channel, touchpoint, source, invitation_id, language, answers FROM survey_response"
                + " WHERE survey_id = :s").param("s", surveyId).query().listOfRows();
    }

    private double bots(String reason) {
        Counter counter = meters.find("hamsafar.survey.bot_submissions").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A browser without JavaScript: keeps cookies, reads forms, posts them. */
    final class Visitor {
        private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        record Page(int status, String body) {
            String hidden(String name) {
                Matcher matcher = HIDDEN.matcher(body);
                while (matcher.find()) {
                    if (matcher.group(1).equals(name)) {
                        return matcher.group(2);
                    }
                }
                return null;
            }

            /** The form's hidden fields (its form time moved 5 s back, as if a person had read it) and the answers. */
            List<Map.Entry<String, String>> fields(List<Map.Entry<String, String>> answers) {
                List<Map.Entry<String, String>> fields = new ArrayList<>();
                Matcher matcher = HIDDEN.matcher(body);
                while (matcher.find()) {
                    fields.add(Map.entry(matcher.group(1), matcher.group(2)));
                }
                fields.addAll(answers);
                return fields;
            }
        }

        Page get(String path) {
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
        }

        /** Sends the form of {@code page} with these answers, the way a person would: a while after it was drawn. */
        Page send(String path, Page page, List<Map.Entry<String, String>> answers) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            for (Map.Entry<String, String> field : page.fields(answers)) {
                fields.add(field.getKey().equals("started") ? Map.entry("started", String.valueOf(Long.parseLong(field.getValue()) - 5000))
                        : field);
            }
            return post(path, fields);
        }

        Page post(String path, List<Map.Entry<String, String>> fields) {
            String form = fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        List<String> cookieNames() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
        }

        private Page send(HttpRequest request) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return new Page(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
