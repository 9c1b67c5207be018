package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.feedback.InvitationFixtures.KEY;
import static org.hamsafar.feedback.InvitationFixtures.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class InvitationApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Api.Reply invite(long surveyId, String body) {
        return api.post("/api/v1/surveys/" + surveyId + "/invitations", KEY, body);
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void anInvitationIsScheduledWithAPersonalLinkThatExpires() {
        long surveyId = survey(api, "active", "{\"invitationExpiryDays\": 5}");
        String key = api.get("/api/v1/surveys/" + surveyId, KEY).json().get("key").asString();
        String email = InvitationFixtures.email();
        Instant sendAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

        Api.Reply reply = invite(surveyId, """
                {"customer": {"email": "%s"}, "channel": "email", "touchpoint": "delivery", "sendAt": "%s"}"""
                .formatted(email.toUpperCase(), sendAt.atOffset(java.time.ZoneOffset.ofHoursMinutes(3, 30))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode invitation = reply.json();
        assertThat(invitation.get("status").asString()).isEqualTo("scheduled");
        assertThat(invitation.get("channel").asString()).isEqualTo("email");
        assertThat(Instant.parse(invitation.get("sendAt").asString())).isEqualTo(sendAt);
        assertThat(Instant.parse(invitation.get("expiresAt").asString())).isEqualTo(sendAt.plus(Duration.ofDays(5)));
        assertThat(invitation.get("link").asString()).matches("http://localhost:" + port + "/s/" + key + "\\?t=[A-Za-z0-9_-]{43}");
        String token = invitation.get("link").asString().substring(invitation.get("link").asString().indexOf("?t=") + 3);
        assertThat(jdbc.sql("SELECT customer_id FROM survey_invitation WHERE token = :t").param("t", token).query(Long.class).single())
                .isEqualTo(invitation.get("customerId").asLong());
        JsonNode customer = api.get("/api/v1/customers/" + invitation.get("customerId").asLong(), KEY).json();
        assertThat(customer.get("identities").get("emails").get(0).asString()).isEqualTo(email);
    }

    @Test
    void aLinkInvitationIsHandedOutAtOnceButOnlyForAnActiveSurvey() {
        long active = survey(api, "active", null);
        long draft = survey(api, "draft", null);
        String body = "{\"customer\": {\"externalId\": \"link-" + UUID.randomUUID() + "\"}, \"channel\": \"link\"}";

        Api.Reply handedOut = invite(active, body);
        Api.Reply refused = invite(draft, body);

        assertThat(handedOut.status()).as(handedOut.body()).isEqualTo(201);
        assertThat(handedOut.json().get("status").asString()).isEqualTo("sent");
        assertThat(handedOut.json().get("link").asString()).contains("/s/");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json().get("errors"))).containsExactly("survey");
    }

    @Test
    void aBatchKeepsTheGoodItemsAndNamesTheBadOnes() {
        long surveyId = survey(api, "active", null);
        String a = "batch-a-" + UUID.randomUUID();
        String b = "batch-b-" + UUID.randomUUID();
        Api.Reply reply = invite(surveyId, Api.json(List.of(
                // Later, so that the running job leaves it scheduled while the test looks.
                Map.of("customer", Map.of("externalId", a), "channel", "sms", "sendAt", Instant.now().plus(Duration.ofDays(1)).toString()),
                Map.of("customer", Map.of("externalId", "batch-bad-" + UUID.randomUUID()), "channel", "pigeon"),
                Map.of("customer", Map.of("customerId", 987_654_321_987L), "channel", "email"),
                Map.of("customer", Map.of("externalId", b), "channel", "link", "touchpoint", "store"))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("invitations").get(0).get("index").asInt()).isEqualTo(0);
        assertThat(body.get("invitations").get(1).get("index").asInt()).isEqualTo(3);
        assertThat(body.get("invitations").get(1).get("link").asString()).contains("?t=");
        assertThat(body.get("rejected")).hasSize(2);
        assertThat(body.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(fields(body.get("rejected").get(0).get("errors"))).containsExactly("channel");
        assertThat(body.get("rejected").get(1).get("index").asInt()).isEqualTo(2);
        assertThat(fields(body.get("rejected").get(1).get("errors"))).containsExactly("customer.customerId");

        JsonNode listed = api.get("/api/v1/surveys/" + surveyId + "/invitations?limit=1", KEY).json();
        assertThat(listed.get("items")).hasSize(1);
        assertThat(listed.get("items").get(0).has("link")).isFalse();
        JsonNode next = api.get("/api/v1/surveys/" + surveyId + "/invitations?limit=1&cursor=" + listed.get("nextCursor").asString(), KEY).json();
        assertThat(next.get("items")).hasSize(1);
        assertThat(next.get("nextCursor").isNull()).isTrue();
        JsonNode scheduled = api.get("/api/v1/surveys/" + surveyId + "/invitations?status=scheduled", KEY).json();
        assertThat(scheduled.get("items")).singleElement().satisfies(i -> assertThat(i.get("channel").asString()).isEqualTo("sms"));
    }

    @Test
    void aBatchOfOnlyBadItemsIsRefusedAndBadInputIsNamed() {
        long surveyId = survey(api, "active", null);
        Api.Reply batch = invite(surveyId, "[{\"channel\": \"sms\"}, 5]");
        Api.Reply single = invite(surveyId, "{\"customer\": {\"email\": \"not-an-email\"}, \"channel\": \"email\", \"sendAt\": \"tomorrow\", \"extra\": 1}");

        assertThat(batch.status()).isEqualTo(422);
        assertThat(batch.json().get("accepted").asInt()).isZero();
        assertThat(single.status()).isEqualTo(422);
        assertThat(fields(single.json().get("errors"))).containsExactlyInAnyOrder("extra", "customer.email", "sendAt");
        assertThat(invite(987_654_321L, "{\"customer\": {\"externalId\": \"x\"}, \"channel\": \"sms\"}").status()).isEqualTo(404);
    }

    @Test
    void aMatchingNewEventSchedulesAnInvitationAfterTheTriggersDelay() {
        long surveyId = survey(api, "active", null);
        String type = "purchase_" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.post("/api/v1/surveys/" + surveyId + "/triggers", KEY, """
                {"eventType": "%s", "touchpoint": "checkout", "inviteChannel": "sms", "delayMinutes": 120}""".formatted(type));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long triggerId = created.json().get("id").asLong();
        assertThat(api.get("/api/v1/surveys/" + surveyId + "/triggers", KEY).json()).hasSize(1);
        String externalId = "trg-" + UUID.randomUUID();
        Instant occurredAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> matching = Map.of("id", "trg-" + UUID.randomUUID(), "type", type, "touchpoint", "checkout",
                "channel", "web", "occurredAt", occurredAt.toString(), "customer", Map.of("externalId", externalId));
        Map<String, Object> elsewhere = Map.of("type", type, "touchpoint", "cart", "channel", "web",
                "occurredAt", occurredAt.toString(), "customer", Map.of("externalId", externalId));
        Map<String, Object> old = Map.of("type", type, "touchpoint", "checkout", "channel", "web",
                "occurredAt", occurredAt.minus(Duration.ofDays(3)).toString(), "customer", Map.of("externalId", "trg-old-" + UUID.randomUUID()));

        Api.Reply ingested = api.post("/api/v1/events", KEY, Api.json(List.of(matching, elsewhere, old)));
        assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
        Api.Reply resent = api.post("/api/v1/events", KEY, Api.json(List.of(matching)));
        assertThat(resent.json().get("duplicates").asInt()).isEqualTo(1);

        JsonNode invitations = api.get("/api/v1/surveys/" + surveyId + "/invitations", KEY).json().get("items");
        assertThat(invitations).hasSize(1);
        JsonNode invitation = invitations.get(0);
        assertThat(invitation.get("status").asString()).isEqualTo("scheduled");
        assertThat(invitation.get("channel").asString()).isEqualTo("sms");
        assertThat(invitation.get("touchpoint").asString()).isEqualTo("checkout");
        assertThat(invitation.get("triggerId").asLong()).isEqualTo(triggerId);
        assertThat(Instant.parse(invitation.get("sendAt").asString())).isEqualTo(occurredAt.plus(Duration.ofMinutes(120)));
        String eventId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM interaction_event WHERE client_id = :c")
                .param("c", matching.get("id")).query(String.class).single();
        assertThat(invitation.get("eventId").asString()).isEqualTo(eventId);

        assertThat(api.delete("/api/v1/surveys/" + surveyId + "/triggers/" + triggerId, KEY).status()).isEqualTo(204);
        api.post("/api/v1/events", KEY, Api.json(List.of(Map.of("type", type, "touchpoint", "checkout", "channel", "web",
                "occurredAt", Instant.now().toString(), "customer", Map.of("externalId", "trg-after-" + UUID.randomUUID())))));
        assertThat(api.get("/api/v1/surveys/" + surveyId + "/invitations", KEY).json().get("items")).hasSize(1);
        assertThat(api.delete("/api/v1/surveys/" + surveyId + "/triggers/" + triggerId, KEY).status()).isEqualTo(404);
    }

    @Test
    void aTriggerNamesItsBadFields() {
        long surveyId = survey(api, "active", null);
        Api.Reply reply = api.post("/api/v1/surveys/" + surveyId + "/triggers", KEY, """
                {"eventType": "Purchase!", "eventChannel": "fax", "inviteChannel": "link", "delayMinutes": -1}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(fields(reply.json().get("errors"))).containsExactlyInAnyOrder("eventType", "eventChannel", "inviteChannel", "delayMinutes");
    }
}
