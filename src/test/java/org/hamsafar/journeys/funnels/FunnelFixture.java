package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import tools.jackson.databind.JsonNode;

/**
 * Events, customers and funnel questions for the funnel tests. Event types and customers carry a
 * prefix unique to each fixture, so other tests' data never count.
 */
final class FunnelFixture {
    static final String QUERY = "/api/v1/journeys/funnels/query";
    static final String DROPPED = "/api/v1/journeys/funnels/dropped";
    final Api api;
    final String prefix;

    FunnelFixture(int port) {
        this.api = new Api(port);
        this.prefix = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    String type(String name) {
        return prefix + "_" + name;
    }

    String externalId(String customer) {
        return prefix + "-" + customer;
    }

    Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type(type));
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", externalId(customer)));
        return event;
    }

    Map<String, Object> event(String customer, String type, String channel, String occurredAt, Map<String, Object> properties) {
        Map<String, Object> event = event(customer, type, channel, occurredAt);
        event.put("properties", properties);
        return event;
    }

    void send(List<Map<String, Object>> events) {
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    /** Sets attributes of the customer with this fixture's external id; returns the profile id. */
    long upsert(String customer, Map<String, Object> attributes, String email) {
        Map<String, Object> identities = new LinkedHashMap<>();
        identities.put("externalId", externalId(customer));
        if (email != null) {
            identities.put("email", email);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identities", identities);
        body.put("attributes", attributes);
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(body).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    void tag(long customerId, String tag) {
        Api.Reply reply = api.send("/api/v1/customers/" + customerId + "/tags/" + tag, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    /** A step matching this fixture's type {@code name}, with more fields as pairs (field, value, ...). */
    Map<String, Object> step(String name, Object... more) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("type", type(name));
        for (int i = 0; i < more.length; i += 2) {
            step.put((String) more[i], more[i + 1]);
        }
        return step;
    }

    Map<String, Object> body(List<Map<String, Object>> steps, String window, String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("steps", steps);
        body.put("window", window);
        body.put("from", from);
        body.put("to", to);
        return body;
    }

    JsonNode ask(Object body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    JsonNode dropped(Object body) {
        Api.Reply reply = api.post(DROPPED, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The customers per step, in order. */
    static List<Long> customers(JsonNode steps) {
        List<Long> counts = new ArrayList<>();
        steps.forEach(step -> counts.add(step.get("customers").asLong()));
        return counts;
    }

    /** The fields named by a 422 problem+json answer to {@code path}. */
    List<String> badFields(String path, Object body) {
        Api.Reply reply = api.post(path, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
