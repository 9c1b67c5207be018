package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;

/** Surveys, customers and moments in time for the invitation tests. */
final class InvitationFixtures {
    static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final AtomicInteger WINDOWS = new AtomicInteger();

    private InvitationFixtures() {
    }

    /**
     * The start of a stretch of time of its own, later than any handed out before in this JVM. Tests
     * run the dispatcher "at" later times instead of waiting; since a run works on every due row of
     * the store, each test lives in its own 200 days, after every earlier test's.
     */
    static Instant window() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1000L + 200L * WINDOWS.incrementAndGet()));
    }

    /** An NPS survey; {@code settings} is the JSON of its settings object (or null). */
    static long survey(Api api, String status, String settings) {
        String body = """
                {"name": "Invitations %s", "status": "%s", %s "questions": [
                  {"key": "nps", "type": "nps", "text": {"fa": "چقدر احتمال دارد ما را به دوستانتان پیشنهاد کنید؟", "en": "How likely are you to recommend us?"}, "required": true}
                ]}""".formatted(UUID.randomUUID(), status, settings == null ? "" : "\"settings\": " + settings + ",");
        Api.Reply reply = api.post("/api/v1/surveys", KEY, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    static String phone() {
        return "+98912" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
    }

    static String email() {
        return "inv-" + UUID.randomUUID() + "@example.com";
    }

    /** A customer with an e-mail and a phone, the given language, and consent as "channel.purpose" → granted. */
    static Customer customer(Api api, String language, Map<String, Boolean> consent) {
        String email = email();
        String phone = phone();
        List<Map<String, Object>> consents = new ArrayList<>();
        consent.forEach((key, granted) -> {
            String[] parts = key.split("\\.");
            consents.add(Map.of("channel", parts[0], "purpose", parts[1], "granted", granted, "source", "test"));
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identities", Map.of("externalId", "inv-" + UUID.randomUUID(), "email", email, "phone", phone));
        body.put("attributes", Map.of("firstName", "fa".equals(language) ? "سارا" : "Sara", "language", language));
        body.put("consent", consents);
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                Api.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Customer(reply.json().get("id").asLong(), email, phone);
    }

    record Customer(long id, String email, String phone) {
    }
}
