package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
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
 * Texts sent as events (and one survey answer) in October 2025 are analysed by the worker and then
 * read back through the API: the summary's counts per sentiment, per week and local day (Tehran),
 * per topic and per touchpoint, and the comment explorer's filters and pages. Topics are edited,
 * checked and restored; re-analysis replaces the results without adding any.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextResultsApiTest {
    static final String RUDE_COURIER = "The courier was rude and the delivery was very late";
    static final String FAST_DELIVERY = "Delivery was fast and the courier was friendly";
    static final String APP_CRASHES = "The app keeps crashing, terrible experience";
    static final String GOOD_PRICES = "Great prices and a lovely app";
    static final String ORDER_NUMBER = "The order number is 1234";
    static final String RUDE_COURIER_FA = "پیک خیلی بی‌ادب بود و سفارش دیر رسید";
    static final String EXPENSIVE_FA = "قیمت‌ها خیلی گران است";
    static final String NO_SUPPORT = "Support never answered my calls, awful";
    private static final String OCTOBER = "from=2025-10-01&to=2025-11-01";

    @LocalServerPort
    int port;
    @Autowired
    TextAnalysisWorker worker;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long surveyId;

    @BeforeAll
    void storeAndAnalyseTexts() {
        api = new Api(port);
        postEvents(api, "results-api");
        surveyId = surveys.create(new SurveyRequest("Text results " + UUID.randomUUID(), "active", List.of("fa", "en"), null, null, List.of(
                new QuestionRequest("reason", "text", new LocalizedText("چرا؟", "Why?"), false, null, null, null, 1, null, null, null)),
                null)).id();
        Api.Reply answer = api.post("/api/v1/surveys/" + surveyId + "/responses", HamsafarTest.ADMIN_KEY, Api.json(Map.of(
                "customer", Map.of("externalId", "results-api-survey"), "touchpoint", "support", "channel", "web",
                "submittedAt", "2025-10-21T10:00:00+03:30", "answers", Map.of("reason", NO_SUPPORT))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        worker.drain();
    }

    /** Seven texts as events of one customer: four negative, two positive, one neutral. */
    static void postEvents(Api api, String prefix) {
        List<Map<String, Object>> events = List.of(
                event(prefix + "-1", "2025-10-05T10:00:00+03:30", "app", "delivery", RUDE_COURIER),
                event(prefix + "-2", "2025-10-05T12:00:00+03:30", "app", "delivery", FAST_DELIVERY),
                event(prefix + "-3", "2025-10-06T09:00:00+03:30", "app", "checkout", APP_CRASHES),
                event(prefix + "-4", "2025-10-13T09:00:00+03:30", "web", "checkout", GOOD_PRICES),
                event(prefix + "-5", "2025-10-13T11:00:00+03:30", "web", "checkout", ORDER_NUMBER),
                event(prefix + "-6", "2025-10-14T18:00:00+03:30", "chat", "delivery", RUDE_COURIER_FA),
                // 22:00 UTC on the 19th is 01:30 on the 20th in Tehran: the trend counts it on the 20th.
                event(prefix + "-7", "2025-10-19T22:00:00Z", "chat", "checkout", EXPENSIVE_FA));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asInt()).isEqualTo(7);
    }

    private static Map<String, Object> event(String id, String at, String channel, String touchpoint, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", "chat_message");
        event.put("occurredAt", at);
        event.put("channel", channel);
        event.put("touchpoint", touchpoint);
        event.put("customer", Map.of("externalId", "results-api-customer"));
        event.put("text", text);
        return event;
    }

    private JsonNode get(String path) {
        Api.Reply reply = api.get(path, HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private List<String> texts(String query) {
        return texts(get("/api/v1/text/results?" + OCTOBER + "&" + query).get("items"));
    }

    private static List<String> texts(JsonNode items) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.get("text").asString()));
        return texts;
    }

    private static List<String> problemFields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private Api.Reply put(String path, Object body) {
        return api.send(path, HamsafarTest.ADMIN_KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void summaryCountsTextsBySentimentPerWeekAndPerTehranDay() {
        JsonNode weekly = get("/api/v1/text/summary?" + OCTOBER + "&interval=week");
        JsonNode daily = get("/api/v1/text/summary?" + OCTOBER + "&interval=day");

        JsonNode total = weekly.get("total");
        assertThat(List.of(total.get("texts").asInt(), total.get("positive").asInt(), total.get("neutral").asInt(),
                total.get("negative").asInt())).containsExactly(8, 2, 1, 5);
        List<String> weeks = new ArrayList<>();
        weekly.get("trend").forEach(p -> weeks.add(p.get("period").asString() + " " + p.get("positive").asInt() + "/"
                + p.get("neutral").asInt() + "/" + p.get("negative").asInt()));
        assertThat(weeks).containsExactly("2025-09-29 1/0/1", "2025-10-06 0/0/1", "2025-10-13 1/1/1", "2025-10-20 0/0/2",
                "2025-10-27 0/0/0");
        assertThat(partial(weekly)).as("weeks of 29 September and 27 October are cut by October")
                .containsExactly(true, false, false, false, true);
        assertThat(daily.get("trend")).hasSize(31);
        assertThat(partial(daily)).as("October's days are whole").containsOnly(false);
        assertThat(day(daily, "2025-10-19").get("texts").asInt()).isZero();
        assertThat(day(daily, "2025-10-20").get("negative").asInt()).isEqualTo(1);
        assertThat(weekly.get("zone").asString()).isEqualTo("Asia/Tehran");
        assertThat(weekly.get("from").asString()).isEqualTo("2025-10-01T00:00:00+03:30");

        double scoreSum = 0;
        for (JsonNode item : get("/api/v1/text/results?" + OCTOBER).get("items")) {
            scoreSum += item.get("sentiment").get("score").asDouble();
        }
        assertThat(total.get("averageScore").asDouble()).isCloseTo(scoreSum / 8, org.assertj.core.data.Offset.offset(0.002));
        assertThat(weekly.get("trend").get(4).get("averageScore").isNull()).isTrue();
    }

    @Test
    void aSegmentKeepsTheTextsOfItsCustomers() {
        String tag = "text_seg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long surveyCustomer = get("/api/v1/customers?limit=50&q=results-api-survey").at("/items/0/id").asLong();
        api.send("/api/v1/customers/" + surveyCustomer + "/tags/" + tag, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);

        JsonNode summary = get("/api/v1/text/summary?" + OCTOBER + "&segment=" + tag);

        // Only the survey answer's customer carries the tag: one negative text, and only its topics.
        assertThat(summary.get("total").get("texts").asInt()).isEqualTo(1);
        assertThat(summary.get("total").get("negative").asInt()).isEqualTo(1);
        assertThat(summary.get("segment").asString()).isEqualTo(tag);
        assertThat(topicCounts(summary)).isNotEmpty().isSubsetOf(topicCounts(get("/api/v1/text/summary?" + OCTOBER + "&surveyId=" + surveyId)));
        assertThat(texts("segment=" + tag)).containsExactly(NO_SUPPORT);
        assertThat(api.get("/api/v1/text/results?" + OCTOBER + "&segment=Not%20A%20Tag", HamsafarTest.ADMIN_KEY).status()).isEqualTo(422);
    }

    private static List<Boolean> partial(JsonNode summary) {
        List<Boolean> partial = new ArrayList<>();
        summary.get("trend").forEach(p -> partial.add(p.get("partial").asBoolean()));
        return partial;
    }

    private static String counts(JsonNode tally) {
        return tally.get("texts").asInt() + ": " + tally.get("positive").asInt() + "/" + tally.get("neutral").asInt() + "/"
                + tally.get("negative").asInt();
    }

    private static List<String> topicCounts(JsonNode summary) {
        List<String> topics = new ArrayList<>();
        summary.get("topics").forEach(t -> topics.add(t.get("key").asString() + " " + t.get("mentions").asInt() + ": "
                + t.get("positive").asInt() + "/" + t.get("neutral").asInt() + "/" + t.get("negative").asInt()));
        return topics;
    }

    private static List<String> negativePairs(JsonNode summary) {
        List<String> pairs = new ArrayList<>();
        summary.get("negativeTopicsByTouchpoint").forEach(r -> pairs.add(r.get("touchpoint").asString() + " "
                + r.get("topic").asString() + " " + r.get("negative").asInt() + "/" + r.get("mentions").asInt()));
        return pairs;
    }

    private static List<String> weekCounts(JsonNode summary) {
        List<String> weeks = new ArrayList<>();
        summary.get("trend").forEach(p -> weeks.add(p.get("period").asString() + " " + p.get("positive").asInt() + "/"
                + p.get("neutral").asInt() + "/" + p.get("negative").asInt()));
        return weeks;
    }

    @Test
    void aPeriodTheRangeCutsIsMarkedPartial() {
        JsonNode fromNoon = get("/api/v1/text/summary?from=2025-10-05T12:00:00%2B03:30&to=2025-10-08&interval=day");
        JsonNode months = get("/api/v1/text/summary?from=2025-10-01&to=2025-12-01&interval=month");
        JsonNode jalaliWeeks = get("/api/v1/text/summary?from=2025-10-04&to=2025-10-18&interval=week&calendar=jalali");

        assertThat(partial(fromNoon)).as("5 October from noon, then whole days").containsExactly(true, false, false);
        assertThat(fromNoon.get("trend").get(0).get("texts").asInt()).as("only the text of 12:00 on the 5th").isEqualTo(1);
        assertThat(partial(months)).containsExactly(false, false);
        assertThat(partial(jalaliWeeks)).as("Saturday 4 to Friday 17 October: two whole Jalali weeks").containsExactly(false, false);
    }

    @Test
    void summaryCountsOnlyTheTextsThatMentionTheTopicWithAllTheirTopics() {
        JsonNode delivery = get("/api/v1/text/summary?" + OCTOBER + "&interval=week&topic=delivery");

        assertThat(counts(delivery.get("total"))).isEqualTo("3: 1/0/2");
        assertThat(weekCounts(delivery)).containsExactly("2025-09-29 1/0/1", "2025-10-06 0/0/0", "2025-10-13 0/0/1",
                "2025-10-20 0/0/0", "2025-10-27 0/0/0");
        assertThat(topicCounts(delivery)).as("delivery with all its mentions and the topics mentioned beside it")
                .containsExactly("delivery 3: 1/0/2", "staff_behaviour 3: 1/0/2", "waiting_time 2: 1/0/1");
        assertThat(negativePairs(delivery)).containsExactly("delivery delivery 2/3", "delivery staff_behaviour 2/3",
                "delivery waiting_time 1/2");
        assertThat(delivery.get("topic").asString()).isEqualTo("delivery");
        double scoreSum = 0;
        for (JsonNode item : get("/api/v1/text/results?" + OCTOBER + "&topic=delivery").get("items")) {
            scoreSum += item.get("sentiment").get("score").asDouble();
        }
        assertThat(delivery.get("total").get("averageScore").asDouble()).isCloseTo(scoreSum / 3, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void summaryFollowsTheSentimentLanguageAndSearchFiltersOfTheExplorer() {
        JsonNode negative = get("/api/v1/text/summary?" + OCTOBER + "&interval=week&sentiment=negative");
        JsonNode courier = get("/api/v1/text/summary?" + OCTOBER + "&q=COURIER");
        JsonNode persian = get("/api/v1/text/summary?" + OCTOBER + "&language=fa");
        JsonNode rudeFa = get("/api/v1/text/summary?" + OCTOBER + "&q=" + java.net.URLEncoder.encode("بي‌ادب", StandardCharsets.UTF_8));
        JsonNode positiveDelivery = get("/api/v1/text/summary?" + OCTOBER + "&topic=delivery&sentiment=positive");
        JsonNode percent = get("/api/v1/text/summary?" + OCTOBER + "&q=%25");

        assertThat(counts(negative.get("total"))).isEqualTo("5: 0/0/5");
        assertThat(weekCounts(negative)).containsExactly("2025-09-29 0/0/1", "2025-10-06 0/0/1", "2025-10-13 0/0/1",
                "2025-10-20 0/0/2", "2025-10-27 0/0/0");
        assertThat(topicCounts(negative)).containsExactly("delivery 2: 0/0/2", "staff_behaviour 2: 0/0/2",
                "customer_support 1: 0/0/1", "price_fees 1: 0/0/1", "waiting_time 1: 0/0/1", "website_app 1: 0/0/1");
        assertThat(counts(courier.get("total"))).isEqualTo("2: 1/0/1");
        assertThat(topicCounts(courier)).containsExactly("delivery 2: 1/0/1", "staff_behaviour 2: 1/0/1", "waiting_time 2: 1/0/1");
        assertThat(counts(persian.get("total"))).isEqualTo("2: 0/0/2");
        assertThat(topicCounts(persian)).containsExactly("delivery 1: 0/0/1", "price_fees 1: 0/0/1", "staff_behaviour 1: 0/0/1");
        assertThat(counts(rudeFa.get("total"))).isEqualTo("1: 0/0/1");
        assertThat(counts(positiveDelivery.get("total"))).isEqualTo("1: 1/0/0");
        assertThat(negativePairs(positiveDelivery)).isEmpty();
        assertThat(counts(percent.get("total"))).as("% is a character, not a wildcard").isEqualTo("0: 0/0/0");
        assertThat(percent.get("topics")).isEmpty();
        assertThat(List.of(negative.get("sentiment").asString(), persian.get("language").asString(), courier.get("q").asString()))
                .containsExactly("negative", "fa", "COURIER");
    }

    @Test
    void summaryRefusesBadTextFiltersNamingEachOne() {
        Api.Reply sentiment = api.get("/api/v1/text/summary?sentiment=angry&interval=year", HamsafarTest.ADMIN_KEY);
        Api.Reply topic = api.get("/api/v1/text/summary?topic=Delivery!", HamsafarTest.ADMIN_KEY);
        Api.Reply language = api.get("/api/v1/text/summary?language=de", HamsafarTest.ADMIN_KEY);
        Api.Reply longQuery = api.get("/api/v1/text/summary?q=" + "a".repeat(201), HamsafarTest.ADMIN_KEY);

        assertThat(sentiment.status()).isEqualTo(422);
        assertThat(problemFields(sentiment)).containsExactlyInAnyOrder("sentiment", "interval");
        assertThat(problemFields(topic)).containsExactly("topic");
        assertThat(problemFields(language)).containsExactly("language");
        assertThat(longQuery.status()).isEqualTo(422);
        assertThat(problemFields(longQuery)).containsExactly("q");
    }

    private static JsonNode day(JsonNode summary, String day) {
        for (JsonNode point : summary.get("trend")) {
            if (point.get("period").asString().equals(day)) {
                return point;
            }
        }
        throw new AssertionError("no point for " + day);
    }

    @Test
    void summaryListsTopicsByVolumeAndTheMostNegativeOnesPerTouchpoint() {
        JsonNode summary = get("/api/v1/text/summary?" + OCTOBER + "&top=4");

        List<String> topics = new ArrayList<>();
        summary.get("topics").forEach(t -> topics.add(t.get("key").asString() + " " + t.get("mentions").asInt() + ": "
                + t.get("positive").asInt() + "/" + t.get("neutral").asInt() + "/" + t.get("negative").asInt()));
        assertThat(topics).containsExactly("delivery 3: 1/0/2", "staff_behaviour 3: 1/0/2", "price_fees 2: 1/0/1",
                "waiting_time 2: 1/0/1", "website_app 2: 1/0/1", "customer_support 1: 0/0/1");
        assertThat(summary.get("topics").get(0).get("labelEn").asString()).isEqualTo("Delivery");
        List<String> negative = new ArrayList<>();
        summary.get("negativeTopicsByTouchpoint").forEach(r -> negative.add(r.get("touchpoint").asString() + " "
                + r.get("topic").asString() + " " + r.get("negative").asInt() + "/" + r.get("mentions").asInt() + " "
                + r.get("share").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(negative).containsExactly("delivery delivery 2/3 0.667", "delivery staff_behaviour 2/3 0.667",
                "support customer_support 1/1 1", "checkout price_fees 1/2 0.5");
    }

    @Test
    void summaryFiltersBySourceSurveyChannelAndTouchpoint() {
        JsonNode events = get("/api/v1/text/summary?" + OCTOBER + "&source=event").get("total");
        JsonNode survey = get("/api/v1/text/summary?" + OCTOBER + "&surveyId=" + surveyId).get("total");
        JsonNode chat = get("/api/v1/text/summary?" + OCTOBER + "&channel=chat").get("total");
        JsonNode checkout = get("/api/v1/text/summary?" + OCTOBER + "&touchpoint=checkout&channel=web");
        JsonNode lastWeek = get("/api/v1/text/summary?from=2025-10-19&to=2025-10-22").get("total");

        assertThat(events.get("texts").asInt()).isEqualTo(7);
        assertThat(survey.get("texts").asInt()).isEqualTo(1);
        assertThat(survey.get("negative").asInt()).isEqualTo(1);
        assertThat(chat.get("texts").asInt()).isEqualTo(2);
        assertThat(chat.get("negative").asInt()).isEqualTo(2);
        assertThat(checkout.get("total").get("texts").asInt()).isEqualTo(2);
        assertThat(checkout.get("total").get("neutral").asInt()).isEqualTo(1);
        assertThat(checkout.get("topics")).hasSize(2);
        assertThat(lastWeek.get("texts").asInt()).as("from 19 to 21 October, Tehran").isEqualTo(2);
    }

    @Test
    void summaryRefusesBadParametersNamingEachOne() {
        Api.Reply reply = api.get("/api/v1/text/summary?days=0&interval=year&channel=fax&to=tomorrow&top=500", HamsafarTest.ADMIN_KEY);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(problemFields(reply)).containsExactlyInAnyOrder("days", "interval", "to", "top");
        Api.Reply channel = api.get("/api/v1/text/summary?channel=fax", HamsafarTest.ADMIN_KEY);
        assertThat(channel.status()).isEqualTo(422);
        assertThat(problemFields(channel)).containsExactly("channel");
        assertThat(api.get("/api/v1/text/summary", null).status()).isEqualTo(401);
    }

    @Test
    void explorerListsNewestFirstAndFiltersExactly() {
        assertThat(texts("")).containsExactly(NO_SUPPORT, EXPENSIVE_FA, RUDE_COURIER_FA, ORDER_NUMBER, GOOD_PRICES, APP_CRASHES,
                FAST_DELIVERY, RUDE_COURIER);
        assertThat(texts("sentiment=negative")).containsExactly(NO_SUPPORT, EXPENSIVE_FA, RUDE_COURIER_FA, APP_CRASHES, RUDE_COURIER);
        assertThat(texts("topic=delivery")).containsExactly(RUDE_COURIER_FA, FAST_DELIVERY, RUDE_COURIER);
        assertThat(texts("topic=delivery&sentiment=positive")).containsExactly(FAST_DELIVERY);
        assertThat(texts("touchpoint=checkout&channel=web")).containsExactly(ORDER_NUMBER, GOOD_PRICES);
        assertThat(texts("source=survey_answer")).containsExactly(NO_SUPPORT);
        assertThat(texts("surveyId=" + surveyId)).containsExactly(NO_SUPPORT);
        assertThat(texts("language=fa")).containsExactly(EXPENSIVE_FA, RUDE_COURIER_FA);
        assertThat(texts("q=COURIER")).containsExactly(FAST_DELIVERY, RUDE_COURIER);
        // Typed with the Arabic yeh (U+064A): matches the Persian yeh (U+06CC) of the stored text.
        assertThat(texts("q=" + java.net.URLEncoder.encode("بي‌ادب", StandardCharsets.UTF_8))).containsExactly(RUDE_COURIER_FA);
        assertThat(texts("q=%25")).as("% is a character, not a wildcard").isEmpty();
        assertThat(texts(get("/api/v1/text/results?from=2025-10-13&to=2025-10-14").get("items"))).containsExactly(ORDER_NUMBER, GOOD_PRICES);
    }

    @Test
    void explorerItemsCarryTheTopicSpansIntoTheirText() {
        JsonNode item = get("/api/v1/text/results?" + OCTOBER + "&topic=website_app&sentiment=negative").get("items").get(0);

        assertThat(item.get("text").asString()).isEqualTo(APP_CRASHES);
        assertThat(item.get("source").asString()).isEqualTo("event");
        assertThat(item.get("channel").asString()).isEqualTo("app");
        assertThat(item.get("touchpoint").asString()).isEqualTo("checkout");
        assertThat(item.get("occurredAt").asString()).isEqualTo("2025-10-06T09:00:00+03:30");
        assertThat(item.get("sentiment").get("label").asString()).isEqualTo("negative");
        JsonNode topic = item.get("topics").get(0);
        JsonNode span = topic.get("spans").get(0);
        assertThat(topic.get("key").asString()).isEqualTo("website_app");
        assertThat(APP_CRASHES.substring(span.get(0).asInt(), span.get(1).asInt())).startsWith("app");
    }

    @Test
    void explorerPagesWithCursorsUntilTheLastItem() {
        JsonNode first = get("/api/v1/text/results?" + OCTOBER + "&limit=3");
        JsonNode second = get("/api/v1/text/results?" + OCTOBER + "&limit=3&cursor=" + first.get("nextCursor").asString());
        JsonNode third = get("/api/v1/text/results?" + OCTOBER + "&limit=3&cursor=" + second.get("nextCursor").asString());

        assertThat(texts(first.get("items"))).containsExactly(NO_SUPPORT, EXPENSIVE_FA, RUDE_COURIER_FA);
        assertThat(texts(second.get("items"))).containsExactly(ORDER_NUMBER, GOOD_PRICES, APP_CRASHES);
        assertThat(texts(third.get("items"))).containsExactly(FAST_DELIVERY, RUDE_COURIER);
        assertThat(third.get("nextCursor").isNull()).isTrue();
        Api.Reply tampered = api.get("/api/v1/text/results?cursor=bm90LWEtY3Vyc29y", HamsafarTest.ADMIN_KEY);
        assertThat(tampered.status()).isEqualTo(422);
        assertThat(problemFields(tampered)).containsExactly("cursor");
        Api.Reply bad = api.get("/api/v1/text/results?sentiment=angry&language=de&limit=0", HamsafarTest.ADMIN_KEY);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(problemFields(bad)).containsExactly("limit");
        Api.Reply badFilters = api.get("/api/v1/text/results?sentiment=angry&topic=Delivery!", HamsafarTest.ADMIN_KEY);
        assertThat(problemFields(badFilters)).containsExactly("sentiment");
        assertThat(problemFields(api.get("/api/v1/text/results?topic=Delivery!", HamsafarTest.ADMIN_KEY))).containsExactly("topic");
    }

    @Test
    void aTopicPutIsUsedByTheAnalyserUntilItIsDeleted() {
        Map<String, Object> loyalty = Map.of("labelFa", "باشگاه مشتریان", "labelEn", "Loyalty club",
                "termsFa", List.of("باشگاه مشتریان"), "termsEn", List.of("loyalty card", "loyalty points"));

        Api.Reply saved = put("/api/v1/text/topics/loyalty_club", loyalty);
        JsonNode analysed = api.post("/api/v1/text/analyze", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("texts", List.of(Map.of("text", "My loyalty card was rejected again"))))).json();
        JsonNode listed = get("/api/v1/text/topics");
        Api.Reply deleted = api.delete("/api/v1/text/topics/loyalty_club", HamsafarTest.ADMIN_KEY);
        Api.Reply deletedAgain = api.delete("/api/v1/text/topics/loyalty_club", HamsafarTest.ADMIN_KEY);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("termsEn").get(1).asString()).isEqualTo("loyalty points");
        assertThat(analysed.get("results").get(0).get("topics").findValuesAsString("key")).contains("loyalty_club");
        assertThat(listed.get(listed.size() - 1).get("labelFa").asString()).isEqualTo("باشگاه مشتریان");
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deletedAgain.status()).isEqualTo(404);
        assertThat(get("/api/v1/text/topics").toString()).doesNotContain("loyalty_club");
    }

    @Test
    void aTopicPutNamesEveryBadField() {
        List<String> manyTerms = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            manyTerms.add("term " + i);
        }
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("labelFa", "");
        bad.put("labelEn", "x".repeat(201));
        bad.put("termsFa", java.util.Arrays.asList("خوب", " ", "x".repeat(101), null));
        bad.put("termsEn", manyTerms);

        Api.Reply badBody = put("/api/v1/text/topics/Bad-Key", bad);
        Api.Reply noTerms = put("/api/v1/text/topics/empty_topic", Map.of("labelFa", "خالی", "labelEn", "Empty",
                "termsFa", List.of(), "termsEn", List.of()));
        Api.Reply unknownField = put("/api/v1/text/topics/odd_topic", Map.of("labelFa", "الف", "labelEn", "A", "terms", List.of("a")));

        assertThat(badBody.status()).isEqualTo(422);
        assertThat(badBody.contentType()).startsWith("application/problem+json");
        assertThat(problemFields(badBody)).containsExactly("key", "labelFa", "labelEn", "termsFa[1]", "termsFa[2]", "termsFa[3]",
                "termsEn");
        assertThat(noTerms.status()).isEqualTo(422);
        assertThat(problemFields(noTerms)).containsExactly("termsFa", "termsEn");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(problemFields(unknownField)).containsExactly("terms");
        assertThat(get("/api/v1/text/topics").toString()).doesNotContain("empty_topic").doesNotContain("Bad-Key");
    }

    @Test
    void resetBringsBackTheDefaultTaxonomyAndWritesNeedTheAdminScope() {
        String readKey = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "text reader", "scopes", List.of("read")))).json().get("secret").asString();
        api.delete("/api/v1/text/topics/refund_returns", HamsafarTest.ADMIN_KEY);
        int withoutRefunds = get("/api/v1/text/topics").size();

        Api.Reply reset = api.post("/api/v1/text/topics/reset", HamsafarTest.ADMIN_KEY, "{}");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().size()).isEqualTo(withoutRefunds + 1).isEqualTo(TopicTaxonomy.shipped().topics().size());
        assertThat(get("/api/v1/text/topics").toString()).contains("refund_returns");
        assertThat(api.get("/api/v1/text/summary", readKey).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/text/topics", readKey).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/text/topics/reset", readKey, "{}").status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/text/topics/delivery", readKey).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/text/reanalyze", readKey, "{}").status()).isEqualTo(403);
    }

    @Test
    void reanalysisQueuesEveryStoredTextAndStoresTheSameResultsAgain() {
        worker.drain();
        long stored = jdbc.sql("SELECT COUNT(*) FROM text_result").query(Long.class).single();
        long withText = jdbc.sql("SELECT COUNT(*) FROM text_result WHERE text <> ''").query(Long.class).single();
        String before = get("/api/v1/text/summary?" + OCTOBER).toString();

        Api.Reply queued = api.post("/api/v1/text/reanalyze", HamsafarTest.ADMIN_KEY, "{}");
        worker.drain();

        assertThat(queued.status()).isEqualTo(200);
        assertThat(queued.json().get("queued").asLong()).isEqualTo(withText).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM text_result").query(Long.class).single()).isEqualTo(stored);
        assertThat(get("/api/v1/text/summary?" + OCTOBER).toString()).isEqualTo(before);
        JsonNode status = get("/api/v1/text/status");
        assertThat(status.get("pending").asLong()).isZero();
        assertThat(status.get("resultsByModel").get(status.get("model").asString()).asLong()).isEqualTo(stored);
    }
}
