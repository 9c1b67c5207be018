package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.text.TextAnalysisService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The live data of the demo's "پشتیبانی" and "خرید آنلاین" maps over the default period (the last 30
 * days) have something to show at every stage: customers, conversions, feedback scores where surveys
 * are asked, the angry support contacts' sentiment and repeat calls, cases, actual emotions and
 * pain points. The same demo as {@code DemoCompanyTest} (300 customers, seed 7), so they share one
 * application.
 */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=300", "hamsafar.demo.seed=7"})
class DemoLiveOverlayTest {
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    @Autowired
    TextAnalysisService texts;

    /** The demo's texts are analysed in the background after loading: wait (at most 60 s) until none is pending. */
    @BeforeEach
    void awaitTextAnalysis() throws InterruptedException {
        for (int i = 0; i < 600 && ((Number) texts.status().get("pending")).longValue() > 0; i++) {
            Thread.sleep(100);
        }
        assertThat(((Number) texts.status().get("pending")).longValue()).as("texts still pending").isZero();
    }

    private JsonNode overlay(String name) {
        List<JourneyMapSummary> found = maps.findByName(name);
        assertThat(found).as(name).hasSize(1);
        Api.Reply reply = new Api(port).get("/api/v1/journeys/" + found.get(0).id() + "/overlay", HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode stage(JsonNode answer, String id) {
        for (JsonNode stage : answer.get("stages")) {
            if (stage.get("id").asString().equals(id)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + id);
    }

    private static List<String> flags(JsonNode answer) {
        List<String> kinds = new ArrayList<>();
        answer.get("painPoints").forEach(p -> kinds.add(p.get("kind").asString() + "@" + p.get("stageId").asString()));
        return kinds;
    }

    @Test
    void theSupportBlueprintShowsAngryRepeatContactsAndWhereCustomersGetStuck() {
        JsonNode support = overlay(DemoJourneyMaps.SUPPORT);

        for (JsonNode stage : support.get("stages")) {
            assertThat(stage.get("customers").asLong()).as(stage.get("id").asString()).isPositive();
        }
        JsonNode problem = stage(support, "problem");
        assertThat(problem.get("conversionToNext").asDouble()).isBetween(0.01, 0.99);
        assertThat(problem.get("medianSecondsToNext").asDouble()).isPositive();
        JsonNode contact = stage(support, "contact");
        assertThat(contact.get("repeatContacts").asLong()).as("unresolved contacts call again").isPositive();
        assertThat(contact.get("sentiment").get("texts").asLong()).isPositive();
        assertThat(contact.get("sentiment").get("mean").asDouble()).as("payment and delivery complaints").isNegative();
        assertThat(contact.get("negativeTopics").size()).isPositive();
        assertThat(contact.get("emotion").get("actual").asDouble()).isNegative();
        assertThat(problem.get("feedback").get("responses").asLong()).as("NPS after late deliveries").isPositive();
        assertThat(problem.get("cases").get("opened").asLong()).as("detractor cases of late deliveries").isPositive();
        assertThat(flags(support)).contains("sentiment@contact", "repeat_contacts@contact").anyMatch(f -> f.startsWith("drop_off@"));
    }

    @Test
    void theOnlinePurchaseMapShowsTheFunnelScoresAndTheDeliveryPain() {
        JsonNode purchase = overlay(DemoJourneyMaps.PURCHASE);

        for (JsonNode stage : purchase.get("stages")) {
            assertThat(stage.get("customers").asLong()).as(stage.get("id").asString()).isPositive();
        }
        for (String id : List.of("discover", "browse", "cart", "checkout", "confirm")) {
            assertThat(stage(purchase, id).get("conversionToNext").asDouble()).as(id).isBetween(0.01, 1.0);
        }
        // CES is asked after checkout and payment failures, NPS after the purchase and after the delivery.
        JsonNode checkout = stage(purchase, "checkout");
        assertThat(checkout.get("feedback").get("ces").get("n").asLong()).isPositive();
        assertThat(checkout.get("feedback").get("nps").get("n").asLong()).as("the post-purchase NPS belongs to confirm").isZero();
        assertThat(stage(purchase, "confirm").get("feedback").get("nps").get("n").asLong()).isPositive();
        JsonNode delivery = stage(purchase, "delivery");
        assertThat(delivery.get("feedback").get("nps").get("n").asLong()).isPositive();
        assertThat(delivery.get("sentiment").get("texts").asLong()).isPositive();
        long withEmotion = 0;
        for (JsonNode stage : purchase.get("stages")) {
            withEmotion += stage.get("emotion").get("actual").isNull() ? 0 : 1;
        }
        assertThat(withEmotion).as("stages with an actual emotion").isGreaterThanOrEqualTo(4);
        assertThat(flags(purchase)).anyMatch(f -> f.startsWith("drop_off@")).anyMatch(f -> f.startsWith("sentiment@"));
    }
}
