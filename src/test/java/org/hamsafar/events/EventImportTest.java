package org.hamsafar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/import/events: a CSV file, streamed, checked row by row like the event API. */
@Tag("store")
@HamsafarTest
class EventImportTest {
    private static final String IMPORT = "/api/v1/import/events";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;
    /** Keeps the ids of each test apart from the others' in the shared store. */
    String run;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply importCsv(String query, String csv) {
        return importBytes(query, csv.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply importBytes(String query, byte[] csv) {
        return api.send(IMPORT + query, HamsafarTest.ADMIN_KEY, "POST", "text/csv", csv);
    }

    private long storedEvents(String clientIdPrefix) {
        return jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id LIKE ?")
                .param(clientIdPrefix + "%").query(Long.class).single();
    }

    private long customerIdOf(String externalId) {
        Api.Reply found = api.get("/api/v1/customers?q=" + externalId, HamsafarTest.ADMIN_KEY);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().get("items").size()).as(found.body()).isEqualTo(1);
        return found.json().get("items").get(0).get("id").asLong();
    }

    private JsonNode timeline(String externalId) {
        Api.Reply reply = api.get("/api/v1/customers/" + customerIdOf(externalId) + "/timeline", HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("items");
    }

    private static List<String> fieldsOf(JsonNode rejection) {
        List<String> fields = new ArrayList<>();
        rejection.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void goodRowsAreStoredAndBadRowsAreReportedByTheirLineInTheFile() {
        String csv = """
                id,type,occurredAt,channel,externalId,value,currency
                %1$s-1,purchase,2025-06-01T10:00:00+03:30,web,ev-%1$s,1250000.50,IRR
                %1$s-2,page_view,2025-06-01T10:01:00Z,fax,ev-%1$s,,
                %1$s-3,page_view,2025-06-01T10:02:00Z,app,ev-%1$s,,
                %1$s-4,page_view,yesterday,web,ev-%1$s,,
                %1$s-5,support_call,2025-06-01T10:03:00Z,phone,ev-%1$s,,
                """.formatted(run);

        Api.Reply first = importCsv("", csv);
        Api.Reply again = importCsv("", csv);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode report = first.json();
        assertThat(report.get("rows").asLong()).isEqualTo(5);
        assertThat(report.get("accepted").asLong()).isEqualTo(3);
        assertThat(report.get("duplicates").asLong()).isZero();
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(2);
        JsonNode rejected = report.get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("row").asLong()).isEqualTo(3);
        assertThat(fieldsOf(rejected.get(0))).containsExactly("channel");
        assertThat(rejected.get(1).get("row").asLong()).isEqualTo(5);
        assertThat(fieldsOf(rejected.get(1))).containsExactly("occurredAt");
        assertThat(rejected.get(1).get("errors").get(0).get("message").asString()).contains("ISO-8601");
        assertThat(storedEvents(run + "-")).isEqualTo(3);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("accepted").asLong()).isZero();
        assertThat(again.json().get("duplicates").asLong()).isEqualTo(3);
        assertThat(again.json().get("rejectedCount").asLong()).isEqualTo(2);
        assertThat(storedEvents(run + "-")).isEqualTo(3);

        List<String> types = new ArrayList<>();
        timeline("ev-" + run).forEach(entry -> types.add(entry.get("type").asString()));
        assertThat(types).containsExactlyInAnyOrder("purchase", "page_view", "support_call");
    }

    @Test
    void mapRenamesTheFilesColumnsToFields() {
        String csv = """
                id,kind,when,channel,externalId
                %1$s-1,store_visit,2025-06-02T09:00:00Z,store,map-%1$s
                %1$s-2,purchase,2025-06-02T09:30:00Z,store,map-%1$s
                """.formatted(run);

        Api.Reply unmapped = importCsv("", csv);
        Api.Reply mapped = importCsv("?map=when:occurredAt,kind:type", csv);

        assertThat(unmapped.status()).as(unmapped.body()).isEqualTo(422);
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        assertThat(mapped.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(mapped.json().get("rejectedCount").asLong()).isZero();
        List<String> types = new ArrayList<>();
        List<String> times = new ArrayList<>();
        timeline("map-" + run).forEach(entry -> {
            types.add(entry.get("type").asString());
            times.add(entry.get("occurredAt").asString());
        });
        assertThat(types).containsExactlyInAnyOrder("store_visit", "purchase");
        assertThat(times.stream().map(Instant::parse))
                .containsExactlyInAnyOrder(Instant.parse("2025-06-02T09:00:00Z"), Instant.parse("2025-06-02T09:30:00Z"));
    }

    @Test
    void propColumnsLandInTheEventsPropertiesMergedWithThePropertiesColumn() {
        String csv = """
                id,type,occurredAt,channel,externalId,properties,prop.sku,value,currency
                %1$s-1,purchase,2025-06-03T12:00:00Z,app,prop-%1$s,"{""coupon"": ""NOWRUZ"", ""items"": 2}",SKU-42,99.90,EUR
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        JsonNode entries = timeline("prop-" + run);
        assertThat(entries.size()).isEqualTo(1);
        JsonNode properties = entries.get(0).get("details").get("properties");
        assertThat(properties.get("sku").asString()).isEqualTo("SKU-42");
        assertThat(properties.get("coupon").asString()).isEqualTo("NOWRUZ");
        assertThat(properties.get("items").asInt()).isEqualTo(2);
        assertThat(entries.get(0).get("value").decimalValue()).isEqualByComparingTo("99.90");
    }

    @Test
    void aCellThatIsNoNumberOrNoJsonRejectsItsRowWithTheReason() {
        String csv = """
                id,type,occurredAt,channel,customerId,externalId,value,currency,properties
                %1$s-1,purchase,2025-06-03T12:00:00Z,web,,num-%1$s,twelve,EUR,
                %1$s-2,purchase,2025-06-03T12:00:00Z,web,abc,num-%1$s,,,
                %1$s-3,purchase,2025-06-03T12:00:00Z,web,,num-%1$s,,,{not json
                %1$s-4,purchase,2025-06-03T12:00:00Z,web,,num-%1$s,12,EUR,
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode rejected = reply.json().get("rejected");
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(rejected.size()).isEqualTo(3);
        assertThat(rejected.get(0).get("row").asLong()).isEqualTo(2);
        assertThat(fieldsOf(rejected.get(0))).containsExactly("value");
        assertThat(rejected.get(0).get("errors").get(0).get("message").asString()).contains("number");
        assertThat(rejected.get(1).get("row").asLong()).isEqualTo(3);
        assertThat(fieldsOf(rejected.get(1))).containsExactly("customerId");
        assertThat(rejected.get(2).get("row").asLong()).isEqualTo(4);
        assertThat(fieldsOf(rejected.get(2))).containsExactly("properties");
    }

    @Test
    void aFileWithAnUnknownColumnIsRefusedWholeNamingTheColumn() {
        String csv = """
                id,type,occurredAt,channel,externalId,colour
                %1$s-1,purchase,2025-06-04T08:00:00Z,web,unknown-%1$s,red
                """.formatted(run);

        Api.Reply refused = importCsv("", csv);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/validation");
        assertThat(refused.json().get("detail").asString()).contains("colour");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("colour");
        assertThat(storedEvents(run + "-")).isZero();
        assertThat(api.get("/api/v1/customers?q=unknown-" + run, HamsafarTest.ADMIN_KEY).json().get("items").size()).isZero();

        Api.Reply ignoring = importCsv("?ignoreUnknownColumns=true", csv);

        assertThat(ignoring.status()).as(ignoring.body()).isEqualTo(200);
        assertThat(ignoring.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(storedEvents(run + "-")).isEqualTo(1);
    }

    @Test
    void anUnterminatedQuoteStopsTheImportWith400NamingTheLineAfterStoringTheRowsBefore() {
        String csv = """
                id,type,occurredAt,channel,externalId,text
                %1$s-1,note,2025-06-05T08:00:00Z,web,quote-%1$s,fine
                %1$s-2,note,2025-06-05T08:01:00Z,web,quote-%1$s,"never closed
                %1$s-3,note,2025-06-05T08:02:00Z,web,quote-%1$s,after
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/malformed-csv");
        assertThat(reply.json().get("detail").asString()).contains("line 3").contains("quote");
        assertThat(reply.json().get("line").asLong()).isEqualTo(3);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(storedEvents(run + "-")).isEqualTo(1);
        assertThat(reply.body()).doesNotContain("Exception");
    }

    @Test
    void aByteOrderMarkAndSemicolonsAreAcceptedButBytesThatAreNotUtf8Are400() {
        String csv = "\uFEFFid;type;occurredAt;channel;email;text\n"
                + run + "-1;review;2025-06-06T10:00:00Z;web;bom-" + run + "@example.com;عالی بود\n";
        byte[] latin1 = ("id,type,occurredAt,channel,externalId,text\n"
                + run + "-2,review,2025-06-06T10:00:00Z,web,latin-" + run + ",ok\n"
                + run + "-3,review,2025-06-06T10:00:00Z,web,latin-" + run + ",caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply semicolons = importCsv("?delimiter=;", csv);
        Api.Reply notUtf8 = importBytes("", latin1);

        assertThat(semicolons.status()).as(semicolons.body()).isEqualTo(200);
        assertThat(semicolons.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(timeline("bom-" + run + "@example.com").get(0).get("text").asString()).isEqualTo("عالی بود");
        assertThat(notUtf8.status()).as(notUtf8.body()).isEqualTo(400);
        assertThat(notUtf8.json().get("detail").asString()).contains("UTF-8").contains("line 3");
        assertThat(notUtf8.json().get("accepted").asLong()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotCsvIs415AndABadOptionIs422() {
        Api.Reply json = api.send(IMPORT, HamsafarTest.ADMIN_KEY, "POST", "application/json",
                "{\"id\": \"x\"}".getBytes(StandardCharsets.UTF_8));
        Api.Reply badDelimiter = importCsv("?delimiter=pipe", "id\n1\n");

        assertThat(json.status()).as(json.body()).isEqualTo(415);
        assertThat(json.json().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
        assertThat(badDelimiter.status()).as(badDelimiter.body()).isEqualTo(422);
        assertThat(badDelimiter.json().get("errors").get(0).get("field").asString()).isEqualTo("delimiter");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLargeFileIsStreamedThroughAndEveryRowStored() throws IOException, InterruptedException {
        int rows = 150_000;
        int customers = 1_000;
        AtomicLong bytesSent = new AtomicLong();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + IMPORT))
                .timeout(Duration.ofSeconds(110))
                .header("Authorization", "Bearer " + HamsafarTest.ADMIN_KEY)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedEvents(run, rows, customers, bytesSent)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<?, ?> report = JSON.readValue(response.body(), Map.class);
        assertThat(((Number) report.get("rows")).longValue()).isEqualTo(rows);
        assertThat(((Number) report.get("accepted")).longValue()).isEqualTo(rows);
        assertThat(((Number) report.get("rejectedCount")).longValue()).as(response.body()).isZero();
        assertThat(bytesSent.get()).isGreaterThan(28_000_000L);
        Map<String, Object> stored = jdbc.sql("""
                SELECT COUNT(*) AS events, COUNT(DISTINCT customer_id) AS customers
                FROM interaction_event WHERE client_id LIKE ?""").param("big-" + run + "-%").query().singleRow();
        assertThat(((Number) stored.get("events")).longValue()).isEqualTo(rows);
        assertThat(((Number) stored.get("customers")).longValue()).isEqualTo(customers);
    }

    /** An events CSV of about 200 bytes a row, made while it is read: the file never exists as a whole. */
    private static final class GeneratedEvents extends InputStream {
        private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
        private static final String TEXT = "Viewed the product page of a travel backpack, compared sizes and colours, "
                + "then read the reviews about delivery to Shiraz";
        private final String run;
        private final int rows;
        private final int customers;
        private final AtomicLong bytesSent;
        private byte[] current = "id,type,occurredAt,channel,externalId,value,currency,text\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private int next;

        GeneratedEvents(String run, int rows, int customers, AtomicLong bytesSent) {
            this.run = run;
            this.rows = rows;
            this.customers = customers;
            this.bytesSent = bytesSent;
        }

        private boolean advance() {
            if (position < current.length) {
                return true;
            }
            if (next >= rows) {
                return false;
            }
            int i = next++;
            current = ("big-" + run + "-" + i + ",page_view," + START.plusSeconds(i) + ",web,big-" + run + "-c" + (i % customers)
                    + "," + (i % 500) + ".25,EUR,\"" + TEXT + "\"\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }

        @Override
        public int read() {
            if (!advance()) {
                return -1;
            }
            bytesSent.incrementAndGet();
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int copied = 0;
            while (copied < length && advance()) {
                int n = Math.min(length - copied, current.length - position);
                System.arraycopy(current, position, buffer, offset + copied, n);
                position += n;
                copied += n;
            }
            bytesSent.addAndGet(copied);
            return copied == 0 ? -1 : copied;
        }
    }
}
