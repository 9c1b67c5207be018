package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/import/customers: a CSV file, streamed, each row an upsert like PUT /api/v1/customers. */
@Tag("store")
@HamsafarTest
class CustomerImportTest {
    private static final String IMPORT = "/api/v1/import/customers";
    @LocalServerPort
    int port;
    Api api;
    /** Keeps the identities of each test apart from the others' in the shared store. */
    String run;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply importCsv(String query, String csv) {
        return api.send(IMPORT + query, HamsafarTest.ADMIN_KEY, "POST", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode search(String q) {
        Api.Reply reply = api.get("/api/v1/customers?q=" + q, HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("items");
    }

    private JsonNode profile(String externalId) {
        JsonNode found = search(externalId);
        assertThat(found.size()).as("profiles with " + externalId).isEqualTo(1);
        Api.Reply reply = api.get("/api/v1/customers/" + found.get(0).get("id").asLong(), HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> fieldsOf(JsonNode rejection) {
        List<String> fields = new ArrayList<>();
        rejection.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Test
    void rowsBecomeProfilesWithTagsAndConsentWhileBadRowsAreReportedByLine() {
        String csv = """
                externalId,email,firstName,lastName,city,interests,consent.email.marketing,birthYear
                cu-%1$s-1,sara.%1$s@example.com,Sara,Ahmadi,Tehran,books|travel,yes,1990
                cu-%1$s-2,not-an-email,Reza,Karimi,Shiraz,,no,
                cu-%1$s-3,,Mina,Rahimi,Tabriz,,,nineteen
                cu-%1$s-4,,Ali,Moradi,Isfahan,music,0,1985
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("rows").asLong()).isEqualTo(4);
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("created").asLong()).isEqualTo(2);
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(2);
        assertThat(report.has("duplicates")).isFalse();
        JsonNode rejected = report.get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("row").asLong()).isEqualTo(3);
        assertThat(fieldsOf(rejected.get(0))).containsExactly("email");
        assertThat(rejected.get(1).get("row").asLong()).isEqualTo(4);
        assertThat(fieldsOf(rejected.get(1))).containsExactly("birthYear");

        JsonNode sara = profile("cu-" + run + "-1");
        assertThat(sara.get("attributes").get("firstName").asString()).isEqualTo("Sara");
        assertThat(sara.get("attributes").get("city").asString()).isEqualTo("Tehran");
        assertThat(sara.get("attributes").get("birthYear").asInt()).isEqualTo(1990);
        assertThat(strings(sara.get("identities").get("emails"))).containsExactly("sara." + run + "@example.com");
        assertThat(strings(sara.get("psychographics").get("interests"))).containsExactly("books", "travel");
        assertThat(sara.get("consent").size()).isEqualTo(1);
        JsonNode consent = sara.get("consent").get(0);
        assertThat(consent.get("channel").asString()).isEqualTo("email");
        assertThat(consent.get("purpose").asString()).isEqualTo("marketing");
        assertThat(consent.get("granted").asBoolean()).isTrue();
        assertThat(consent.get("source").asString()).isEqualTo("import");

        JsonNode ali = profile("cu-" + run + "-4");
        assertThat(ali.get("consent").get(0).get("granted").asBoolean()).isFalse();
        assertThat(search("cu-" + run + "-2").size()).isZero();
        assertThat(search("cu-" + run + "-3").size()).isZero();
    }

    @Test
    void importingTheSameCustomerAgainUpdatesTheProfileInsteadOfCreatingAnother() {
        Api.Reply first = importCsv("", """
                externalId,firstName,city,occupation
                again-%1$s,Neda,Tehran,teacher
                """.formatted(run));
        long id = profile("again-" + run).get("id").asLong();

        Api.Reply second = importCsv("", """
                externalId,firstName,city,occupation
                again-%1$s,,Mashhad,
                """.formatted(run));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asLong()).isEqualTo(1);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(second.json().get("created").asLong()).isZero();
        JsonNode updated = profile("again-" + run);
        assertThat(updated.get("id").asLong()).isEqualTo(id);
        assertThat(updated.get("attributes").get("city").asString()).isEqualTo("Mashhad");
        assertThat(updated.get("attributes").get("firstName").asString()).isEqualTo("Neda");
        assertThat(updated.get("attributes").get("occupation").asString()).isEqualTo("teacher");
    }

    @Test
    void tabsMappingCustomColumnsAndTheSourceOptionAreHonoured() {
        String csv = "client\tmail\tcustom.segment\tconsent.sms.service\n"
                + "tab-" + run + "\tTab." + run + "@Example.com\tgold\ttrue\n";

        Api.Reply reply = importCsv("?delimiter=tab&map=client:externalId,mail:email&source=crm", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        JsonNode profile = profile("tab-" + run);
        assertThat(strings(profile.get("identities").get("emails"))).containsExactly("tab." + run + "@example.com");
        assertThat(profile.get("custom").get("segment").asString()).isEqualTo("gold");
        JsonNode consent = profile.get("consent").get(0);
        assertThat(consent.get("channel").asString()).isEqualTo("sms");
        assertThat(consent.get("purpose").asString()).isEqualTo("service");
        assertThat(consent.get("source").asString()).isEqualTo("crm");
    }

    @Test
    void aFileWithAnUnknownOrMalformedColumnIsRefusedBeforeAnythingIsStored() {
        String csv = """
                externalId,city,shoeSize,consent.fax.marketing
                shoe-%1$s,Qom,42,yes
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asString()).contains("shoeSize");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactly("shoeSize", "consent.fax.marketing");
        assertThat(search("shoe-" + run).size()).isZero();
    }

    @Test
    void anUnterminatedQuoteIs400StatingTheLineAndWhatWasStored() {
        String csv = """
                externalId,firstName,city
                q-%1$s-1,Omid,Karaj
                q-%1$s-2,"Leila,Rasht
                q-%1$s-3,Hamed,Yazd
                """.formatted(run);

        Api.Reply reply = importCsv("", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/malformed-csv");
        assertThat(reply.json().get("line").asLong()).isEqualTo(3);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(search("q-" + run + "-1").size()).isEqualTo(1);
        assertThat(search("q-" + run + "-3").size()).isZero();
    }

    @Test
    void anInvalidSourceOrAWrongContentTypeIsRefused() {
        Api.Reply badSource = importCsv("?source=Not%20A%20Key", "externalId\nsrc-" + run + "\n");
        Api.Reply json = api.post(IMPORT, HamsafarTest.ADMIN_KEY, "{\"externalId\": \"x\"}");

        assertThat(badSource.status()).as(badSource.body()).isEqualTo(422);
        assertThat(badSource.json().get("errors").get(0).get("field").asString()).isEqualTo("source");
        assertThat(search("src-" + run).size()).isZero();
        assertThat(json.status()).as(json.body()).isEqualTo(415);
    }
}
