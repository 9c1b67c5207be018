package org.hamsafar.journeys.peakend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.ResponseSubmission;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;

/**
 * Builds peak-end test data through the modules' own entry points: a survey with every scored
 * question type (NPS, CSAT, CES, a 10-star rating, yes/no and a comment, all optional), customers
 * tagged with a test's own segment, their responses and events.
 */
public final class PeakEndFixture {
    /** Next NPS answers of {@link #tenJourneys}: their mean is 6.4. */
    public static final int[] NEXT_NPS = {3, 5, 8, 9, 6, 7, 2, 8, 7, 9};
    private final Api api;
    private final ResponseRecorder recorder;
    private final CustomerDirectory customers;
    private final Survey survey;

    public PeakEndFixture(int port, SurveyCatalog surveys, ResponseRecorder recorder, CustomerDirectory customers) {
        this.api = new Api(port);
        this.recorder = recorder;
        this.customers = customers;
        this.survey = surveys.create(new SurveyRequest("Peak-end " + UUID.randomUUID(), "active", null, null, null, List.of(
                question("nps", "nps", null), question("csat", "csat", null), question("ces", "ces", null),
                question("stars", "rating", 10), question("ok", "yes_no", null), question("comment", "text", null)), null));
    }

    private static QuestionRequest question(String key, String type, Integer scale) {
        return new QuestionRequest(key, type, new LocalizedText("پرسش " + key, "Question " + key), false, null, null, scale, 1, null, null, null);
    }

    /** A new customer carrying {@code segment}. */
    public long customer(String segment) {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("externalId", segment + "-" + UUID.randomUUID()))).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        long id = reply.json().get("id").asLong();
        customers.tag(id, segment, "test:peak-end");
        return id;
    }

    public UUID respond(long customer, String at, String channel, String touchpoint, Map<String, ?> answers) {
        return recorder.record(new ResponseSubmission(survey.id(), null, null, null, customer, channel, touchpoint, "api", null, "en",
                Instant.parse(at), answers)).id();
    }

    public void event(long customer, String type, String at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("occurredAt", at);
        event.put("channel", "web");
        event.put("customer", Map.of("customerId", customer));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(event)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(1);
    }

    /**
     * Ten customers, each with NPS answers on 1, 5 and 9 December 2024 (one journey), a next NPS answer y
     * on 20 January 2025 (customer 1 also a later 10, which is not the next one), and a purchase on
     * 1 February 2025 for those marked bought. Customer 2 bought only during the journey, customer 5 only
     * 113 days after it, customer 7 only put something in the cart: none of these is a repurchase.
     * <pre>
     *  i  answers      intensities        peak   end   peakEnd  average  y  bought
     *  1  10, 2, 6     +1.0 -0.6 +0.2     +1.0  +0.2    0.6      0.2     3   no
     *  2   9, 8, 4     +0.8 +0.6 -0.2     +0.8  -0.2    0.3      0.4     5   no
     *  3   3, 7, 8     -0.4 +0.4 +0.6     +0.6  +0.6    0.6      0.2     8   yes
     *  4   5, 5, 8      0.0  0.0 +0.6     +0.6  +0.6    0.6      0.2     9   yes
     *  5   0, 6, 9     -1.0 +0.2 +0.8     -1.0  +0.8   -0.1      0.0     6   no
     *  6   8, 8, 8     +0.6 +0.6 +0.6     +0.6  +0.6    0.6      0.6     7   yes   (all tie: the last is the peak)
     *  7   6, 1, 2     +0.2 -0.8 -0.6     -0.8  -0.6   -0.7     -0.4     2   no
     *  8   7, 10, 4    +0.4 +1.0 -0.2     +1.0  -0.2    0.4      0.4     8   yes
     *  9   4, 9, 2     -0.2 +0.8 -0.6     +0.8  -0.6    0.1      0.0     7   no
     * 10   2, 3, 10    -0.6 -0.4 +1.0     +1.0  +1.0    1.0      0.0     9   yes
     * </pre>
     * Returns the customers' ids in this order.
     */
    public List<Long> tenJourneys(String segment) {
        int[][] answers = {{10, 2, 6}, {9, 8, 4}, {3, 7, 8}, {5, 5, 8}, {0, 6, 9}, {8, 8, 8}, {6, 1, 2}, {7, 10, 4}, {4, 9, 2}, {2, 3, 10}};
        boolean[] bought = {false, false, true, true, false, true, false, true, false, true};
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long customer = customer(segment);
            ids.add(customer);
            respond(customer, "2024-12-01T10:00:00Z", "web", "checkout", Map.of("nps", answers[i][0]));
            respond(customer, "2024-12-05T10:00:00Z", "email", "delivery", Map.of("nps", answers[i][1]));
            respond(customer, "2024-12-09T10:00:00Z", "sms", "delivery", Map.of("nps", answers[i][2]));
            respond(customer, "2025-01-20T10:00:00Z", "email", "delivery", Map.of("nps", NEXT_NPS[i]));
            if (bought[i]) {
                event(customer, "purchase", "2025-02-01T10:00:00Z");
            }
        }
        respond(ids.get(0), "2025-02-10T10:00:00Z", "email", "delivery", Map.of("nps", 10));
        event(ids.get(1), "purchase", "2024-12-02T10:00:00Z");
        event(ids.get(4), "purchase", "2025-04-01T10:00:00Z");
        event(ids.get(6), "add_to_cart", "2025-01-05T10:00:00Z");
        return ids;
    }
}
