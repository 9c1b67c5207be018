package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The customers who dropped out at a step: listed with their facts, paged, and exported as CSV. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelDroppedTest {
    private static final String FROM = "2026-07-01T00:00:00Z";
    private static final String TO = "2026-07-08T00:00:00Z";
    @LocalServerPort
    int port;
    FunnelFixture f;
    long dana;

    /**
     * Steps view → cart → buy, window 1 day, in the week of 2026-07-01 (UTC):
     * a view 10:00, cart 10:10, buy 11:00; c view 08:00 (July 3), cart 08:30, buy only 25 h later (too late),
     * then a call; d ("=Dana Rahimi", dana@example.com) view 12:00 (July 5), a later chat at 12:30, nothing else;
     * q1 to q5 view only (July 6).
     */
    @BeforeAll
    void sendEvents() {
        f = new FunnelFixture(port);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(f.event("a", "view", "web", "2026-07-02T10:00:00Z"));
        events.add(f.event("a", "cart", "web", "2026-07-02T10:10:00Z"));
        events.add(f.event("a", "buy", "web", "2026-07-02T11:00:00Z"));
        events.add(f.event("c", "view", "web", "2026-07-03T08:00:00Z"));
        events.add(f.event("c", "cart", "web", "2026-07-03T08:30:00Z"));
        events.add(f.event("c", "buy", "web", "2026-07-04T09:00:00Z"));
        events.add(f.event("c", "call", "phone", "2026-07-20T09:00:00Z"));
        events.add(f.event("d", "view", "app", "2026-07-05T12:00:00Z"));
        events.add(f.event("d", "chat", "chat", "2026-07-05T12:30:00Z"));
        for (int i = 1; i <= 5; i++) {
            events.add(f.event("q" + i, "view", "web", "2026-07-06T09:0" + i + ":00Z"));
        }
        f.send(events);
        dana = f.upsert("d", Map.of("firstName", "=Dana", "lastName", "Rahimi"), "dana@example.com");
    }

    private Map<String, Object> body(int step) {
        Map<String, Object> body = f.body(List.of(f.step("view"), f.step("cart"), f.step("buy")), "1d", FROM, TO);
        body.put("step", step);
        return body;
    }

    @Test
    void listsWhoReachedThePreviousStepButNotThisOneWithTheirLastEvent() {
        JsonNode atBuy = f.dropped(body(2));

        assertThat(atBuy.get("step").asInt()).isEqualTo(2);
        assertThat(atBuy.get("previousStep").asInt()).isEqualTo(1);
        assertThat(atBuy.get("items").size()).isEqualTo(1);
        JsonNode c = atBuy.get("items").get(0);
        assertThat(c.get("externalId").asString()).isEqualTo(f.externalId("c"));
        assertThat(c.get("reachedPreviousAt").asString()).isEqualTo("2026-07-03T08:30:00Z");
        assertThat(c.get("lastEventAt").asString()).isEqualTo("2026-07-20T09:00:00Z");
        assertThat(c.get("lastEventType").asString()).isEqualTo(f.type("call"));
        assertThat(c.get("lastEventChannel").asString()).isEqualTo("phone");
        assertThat(c.get("name").isNull()).isTrue();
        assertThat(atBuy.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void namesAndEmailsComeFromTheProfile() {
        JsonNode atCart = f.dropped(body(1));

        JsonNode d = null;
        for (JsonNode item : atCart.get("items")) {
            if (item.get("customerId").asLong() == dana) {
                d = item;
            }
        }
        assertThat(d).as(atCart.toString()).isNotNull();
        assertThat(d.get("name").asString()).isEqualTo("=Dana Rahimi");
        assertThat(d.get("email").asString()).isEqualTo("dana@example.com");
        assertThat(d.get("reachedPreviousAt").asString()).isEqualTo("2026-07-05T12:00:00Z");
        assertThat(d.get("lastEventType").asString()).isEqualTo(f.type("chat"));
    }

    @Test
    void pagesFollowTheCursorInCustomerIdOrderWithoutRepeats() {
        Map<String, Object> body = body(1);
        body.put("limit", 2);
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            if (cursor != null) {
                body.put("cursor", cursor);
            }
            JsonNode page = f.dropped(body);
            page.get("items").forEach(item -> ids.add(item.get("customerId").asLong()));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);

        // d and q1 to q5
        assertThat(ids).hasSize(6).isSorted().doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
    }

    private HttpResponse<String> csv(String query, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FunnelFixture.DROPPED + query))
                .header("Authorization", "Bearer " + HamsafarTest.ADMIN_KEY).header("Content-Type", "application/json")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(Api.json(body(1)))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> records(String body) throws IOException {
        assertThat(body).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body.substring(1))).getRecords();
    }

    @Test
    void csvByAcceptHeaderHasAHeaderRowAndEveryDroppedCustomer() throws Exception {
        HttpResponse<String> response = csv("", "text/csv");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("funnel-dropped-step-1.csv");
        assertThat(response.body().substring(1).lines().findFirst().orElse(""))
                .isEqualTo("customerId,name,email,externalId,previousStep,reachedPreviousAt,lastEventAt,lastEventType,lastEventChannel");
        List<CSVRecord> rows = records(response.body());
        assertThat(rows).hasSize(6);
        Set<String> externalIds = new HashSet<>();
        rows.forEach(row -> externalIds.add(row.get("externalId")));
        assertThat(externalIds).contains(f.externalId("d"), f.externalId("q1"), f.externalId("q5"));
        CSVRecord d = rows.stream().filter(row -> row.get("customerId").equals(Long.toString(dana))).findFirst().orElseThrow();
        // a name that a spreadsheet would read as a formula is defused
        assertThat(d.get("name")).isEqualTo("'=Dana Rahimi");
        assertThat(d.get("email")).isEqualTo("dana@example.com");
        assertThat(d.get("previousStep")).isEqualTo("0");
        assertThat(d.get("reachedPreviousAt")).isEqualTo("2026-07-05T12:00:00Z");
        assertThat(d.get("lastEventChannel")).isEqualTo("chat");
    }

    @Test
    void csvByFormatParameterAndJsonByDefault() throws Exception {
        HttpResponse<String> csv = csv("?format=csv", "*/*");
        HttpResponse<String> json = csv("", "*/*");
        HttpResponse<String> preferred = csv("", "application/json;q=0.5, text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(records(csv.body())).hasSize(6);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(preferred.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    }

    @Test
    void badInputAsksForCsvAndStillGetsAProblem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FunnelFixture.DROPPED))
                .header("Authorization", "Bearer " + HamsafarTest.ADMIN_KEY).header("Content-Type", "application/json")
                .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofString(Api.json(Map.of("steps", List.of()))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"steps\"", "\"step\"");
    }

    @Test
    void aLargeExportNamesItsCustomersChunkByChunkWhileStreaming() throws Exception {
        // More dropped customers than one chunk of name look-ups (500), in a week of their own
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 620; i++) {
            events.add(f.event("many" + i, "view", "web", "2026-07-15T10:00:00Z"));
        }
        f.send(events);
        Map<String, Object> body = f.body(List.of(f.step("view"), f.step("cart")), "1d", "2026-07-15T00:00:00Z", "2026-07-16T00:00:00Z");
        body.put("step", 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FunnelFixture.DROPPED + "?format=csv"))
                .header("Authorization", "Bearer " + HamsafarTest.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<CSVRecord> rows = records(response.body());
        assertThat(rows).hasSize(620);
        assertThat(rows.stream().map(row -> row.get("externalId")).distinct().count()).isEqualTo(620);
        assertThat(rows.get(0).get("externalId")).startsWith(f.prefix + "-many");
        assertThat(rows.get(619).get("externalId")).startsWith(f.prefix + "-many");
        List<Long> ids = rows.stream().map(row -> Long.parseLong(row.get("customerId"))).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void aReadKeyMayListAndExport() {
        Api.Reply key = f.api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", f.prefix + " reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String secret = key.json().get("secret").asString();

        Api.Reply list = f.api.post(FunnelFixture.DROPPED, secret, Api.json(body(2)));
        Api.Reply export = f.api.post(FunnelFixture.DROPPED + "?format=csv", secret, Api.json(body(2)));

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.body().lines().count()).isEqualTo(2);
    }
}
