package org.hamsafar.journeys.peakend;

import static org.assertj.core.api.Assertions.assertThat;

import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo company gives the peak-end page something to show with its defaults (the last year,
 * journeys by a 14-day gap, outcomes within 90 days): journeys made of several kinds of moment, enough
 * of them with a next NPS answer for the correlations, and journeys both with and without a later
 * purchase. The same demo as {@code DemoCompanyTest} (300 customers, seed 7), so the two share one
 * application.
 */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=300", "hamsafar.demo.seed=7"})
class PeakEndDemoTest {
    @LocalServerPort
    int port;

    @Test
    void theDemoCompanyHasJourneysWithNextNpsAnswersAndRepurchases() {
        Api.Reply reply = new Api(port).post("/api/v1/journeys/peak-end/query", HamsafarTest.ADMIN_KEY, "{}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode answer = reply.json();
        JsonNode summary = answer.get("summary");
        assertThat(summary.get("journeys").asLong()).isGreaterThan(100);
        assertThat(summary.get("moments").asLong()).as("some journeys have several moments").isGreaterThan(summary.get("journeys").asLong());
        JsonNode nps = answer.get("prediction").get("nextNps");
        assertThat(nps.get("enough").asBoolean()).as(nps.toString()).isTrue();
        assertThat(nps.get("peakEnd").get("pearson").get("r").isNumber()).isTrue();
        JsonNode repurchase = answer.get("prediction").get("repurchase");
        assertThat(repurchase.get("enough").asBoolean()).as(repurchase.toString()).isTrue();
        assertThat(answer.get("worst").size()).isEqualTo(20);
    }
}
