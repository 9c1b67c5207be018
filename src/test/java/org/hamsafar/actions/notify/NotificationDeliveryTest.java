package org.hamsafar.actions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hamsafar.actions.CaseEscalated;
import org.hamsafar.actions.CaseService;
import org.hamsafar.identity.UserAccounts;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications end to end: webhooks to a real HTTP server in this JVM (private addresses allowed
 * for it), e-mails to a real SMTP server (GreenMail). The worker's threads are off; each test runs
 * the worker itself, moving time forward to reach retries instead of waiting for them.
 */
@Tag("store")
@HamsafarTest
class NotificationDeliveryTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final Receiver RECEIVER = new Receiver();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("hamsafar.mail.from", () -> "همسفر <cx@hamsafar.test>");
        registry.add("hamsafar.public-url", () -> "https://cx.example.com/");
        registry.add("hamsafar.webhooks.allow-private-addresses", () -> "true");
        registry.add("hamsafar.notifications.worker.enabled", () -> "false");
        registry.add("hamsafar.notifications.retry.max-attempts", () -> "3");
    }

    @AfterAll
    static void stopServers() {
        SMTP.stop();
        RECEIVER.server.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    DeliveryRepository deliveries;
    @Autowired
    UserAccounts users;
    @Autowired
    CaseService cases;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker.runOnce(); // whatever earlier tests left due
    }

    @AfterEach
    void removeEndpoints() {
        for (JsonNode endpoint : api.get("/api/v1/webhooks", KEY).json().get("items")) {
            api.delete("/api/v1/webhooks/" + endpoint.get("id").asLong(), KEY);
        }
    }

    /** An HTTP server that records what each path receives and answers the status set for it (200 by default). */
    static final class Receiver {
        record Received(Map<String, String> headers, String body) {
            String header(String name) {
                return headers.get(name.toLowerCase(java.util.Locale.ROOT));
            }
        }

        final HttpServer server;
        final Map<String, List<Received>> received = new ConcurrentHashMap<>();
        final Map<String, Integer> statuses = new ConcurrentHashMap<>();

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(headers, body));
                int status = statuses.getOrDefault(path, 200);
                byte[] answer = (status >= 300 ? "{\"error\":\"receiver is down\"}" : "ok").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        List<Received> at(String path) {
            return received.getOrDefault(path, List.of());
        }
    }

    private JsonNode createEndpoint(String path, List<String> eventTypes) {
        Api.Reply reply = api.post("/api/v1/webhooks", KEY, Api.json(Map.of("url", RECEIVER.url(path), "events", eventTypes,
                "description", "test receiver")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    /** A moment after everything queued so far, in whole milliseconds (what both stores keep exactly). */
    private static Instant later() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusMillis(1);
    }

    private static String hmacHex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private String user(String language) {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        users.create(new UserAccounts.NewUser(name, "fa".equals(language) ? "سارا رضایی" : "Sara Rezaei", name + "@staff.test",
                "a-long-enough-password", "agent", language));
        return name;
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            // Mail travels with CRLF line ends.
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String htmlText(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = htmlText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void anOpenedCaseReachesTheSubscribedEndpointSignedWithItsSecret() throws Exception {
        JsonNode endpoint = createEndpoint("/signed", List.of("case.opened"));
        String secret = endpoint.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        Api.Reply opened = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "سفارش دیر رسید", "priority", "high")));
        long caseId = opened.json().get("id").asLong();

        DeliveryWorker.Run run = worker.runOnce();

        assertThat(run.delivered()).isEqualTo(1);
        List<Receiver.Received> got = RECEIVER.at("/signed");
        assertThat(got).hasSize(1);
        Receiver.Received request = got.get(0);
        String timestamp = request.header("Hamsafar-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(request.header("Hamsafar-Signature")).isEqualTo("v1=" + hmacHex(secret, timestamp + "." + request.body()));
        assertThat(request.header("Hamsafar-Event")).isEqualTo("case.opened");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asString()).isEqualTo("case.opened");
        assertThat(body.get("data").get("id").asLong()).isEqualTo(caseId);
        assertThat(body.get("data").get("title").asString()).isEqualTo("سفارش دیر رسید");
        assertThat(body.get("data").get("priority").asString()).isEqualTo("high");
        assertThat(body.get("data").get("state").asString()).isEqualTo("new");

        String deliveryId = request.header("Hamsafar-Delivery");
        JsonNode delivered = api.get("/api/v1/webhooks/" + endpoint.get("id").asLong() + "/deliveries?state=delivered", KEY).json();
        assertThat(delivered.get("items")).hasSize(1);
        assertThat(delivered.get("items").get(0).get("id").asString()).isEqualTo(deliveryId);
        assertThat(delivered.get("items").get(0).get("lastStatus").asInt()).isEqualTo(200);
        // The secret is shown at creation only.
        JsonNode listed = api.get("/api/v1/webhooks/" + endpoint.get("id").asLong(), KEY).json();
        assertThat(listed.has("secret")).isFalse();
        assertThat(api.get("/api/v1/webhooks", KEY).body()).doesNotContain(secret);
        assertThat(listed.get("deliveries").get("delivered").asLong()).isEqualTo(1);
    }

    @Test
    void aFailingEndpointIsRetriedWithBackoffUntilDeadAndRedeliveryKeepsTheIdempotencyKey() throws Exception {
        JsonNode endpoint = createEndpoint("/failing", List.of("alert.triggered"));
        long endpointId = endpoint.get("id").asLong();
        RECEIVER.statuses.put("/failing", 500);
        UUID id = outbox.webhookTo(endpointId, "alert.triggered", Map.of("rule", "NPS detractor")).orElseThrow();
        Instant t0 = later();

        assertThat(worker.runOnce(t0)).isEqualTo(new DeliveryWorker.Run(0, 1, 0));
        Delivery afterFirst = deliveries.find(id).orElseThrow();
        assertThat(afterFirst.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastStatus()).isEqualTo(500);
        assertThat(afterFirst.lastError()).contains("HTTP 500", "receiver is down");
        // Base 30 s, jitter takes off up to half: the second attempt is 15 to 30 s later.
        assertThat(afterFirst.nextAttemptAt()).isBetween(t0.plusSeconds(15), t0.plusSeconds(30));
        assertThat(worker.runOnce(t0.plusSeconds(14))).isEqualTo(new DeliveryWorker.Run(0, 0, 0));

        Instant t1 = afterFirst.nextAttemptAt();
        assertThat(worker.runOnce(t1)).isEqualTo(new DeliveryWorker.Run(0, 1, 0));
        Delivery afterSecond = deliveries.find(id).orElseThrow();
        assertThat(afterSecond.nextAttemptAt()).isBetween(t1.plusSeconds(30), t1.plusSeconds(60));

        assertThat(worker.runOnce(afterSecond.nextAttemptAt())).isEqualTo(new DeliveryWorker.Run(0, 0, 1));
        JsonNode dead = api.get("/api/v1/webhooks/" + endpointId + "/deliveries?state=dead", KEY).json().get("items");
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(dead.get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get(0).get("lastStatus").asInt()).isEqualTo(500);
        assertThat(dead.get(0).get("payload").get("data").get("rule").asString()).isEqualTo("NPS detractor");
        assertThat(api.get("/api/v1/webhooks/" + endpointId + "/deliveries?state=pending", KEY).json().get("items")).isEmpty();
        JsonNode detail = api.get("/api/v1/webhooks/deliveries/" + id, KEY).json();
        assertThat(detail.get("attemptLog")).hasSize(3);
        assertThat(detail.get("attemptLog").get(2).get("status").asInt()).isEqualTo(500);
        // Dead means dead: no more attempts, however late.
        assertThat(worker.runOnce(t0.plus(Duration.ofDays(1)))).isEqualTo(new DeliveryWorker.Run(0, 0, 0));

        RECEIVER.statuses.put("/failing", 204);
        Api.Reply redelivered = api.post("/api/v1/webhooks/deliveries/" + id + "/redeliver", KEY, "");
        assertThat(redelivered.status()).as(redelivered.body()).isEqualTo(200);
        assertThat(redelivered.json().get("state").asString()).isEqualTo("pending");
        assertThat(api.post("/api/v1/webhooks/deliveries/" + id + "/redeliver", KEY, "").status()).isEqualTo(409);
        assertThat(worker.runOnce()).isEqualTo(new DeliveryWorker.Run(1, 0, 0));

        List<Receiver.Received> got = RECEIVER.at("/failing");
        assertThat(got).hasSize(4);
        assertThat(got).extracting(r -> r.header("Hamsafar-Delivery")).containsOnly(id.toString());
        assertThat(got).extracting(r -> r.header("Hamsafar-Attempt")).containsExactly("1", "2", "3", "1");
        assertThat(got).extracting(Receiver.Received::body).containsOnly(got.get(0).body());
        assertThat(deliveries.find(id).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aDeliveryClaimedByAWorkerThatStoppedIsSentAgainWhenTheClaimLapses() {
        long endpointId = createEndpoint("/crash", List.of("alert.triggered")).get("id").asLong();
        UUID id = outbox.webhookTo(endpointId, "alert.triggered", Map.of("rule", "crash")).orElseThrow();
        Instant t0 = later();
        // A worker claims it and the process dies before the outcome is written.
        assertThat(deliveries.claim(id, UUID.randomUUID(), t0, t0.plus(worker.lease()))).isTrue();

        assertThat(worker.runOnce(t0.plusSeconds(1))).isEqualTo(new DeliveryWorker.Run(0, 0, 0));
        assertThat(RECEIVER.at("/crash")).isEmpty();
        assertThat(worker.runOnce(t0.plus(worker.lease()).plusSeconds(1))).isEqualTo(new DeliveryWorker.Run(1, 0, 0));

        assertThat(RECEIVER.at("/crash")).hasSize(1);
        assertThat(RECEIVER.at("/crash").get(0).header("Hamsafar-Delivery")).isEqualTo(id.toString());
        assertThat(RECEIVER.at("/crash").get(0).header("Hamsafar-Attempt")).isEqualTo("2");
    }

    @Test
    void nothingIsQueuedWhenTheChangeRollsBack() {
        long endpointId = createEndpoint("/rollback", List.of("alert.triggered")).get("id").asLong();
        String reader = user("en");
        List<UUID> queued = new ArrayList<>();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                queued.add(outbox.webhookTo(endpointId, "alert.triggered", Map.of("rule", "x")).orElseThrow());
                queued.addAll(outbox.email(List.of("user:" + reader), Notice.alert("x", null, null)));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // The caller's transaction rolled back.
        }

        assertThat(queued).hasSize(2);
        assertThat(queued).allSatisfy(id -> assertThat(deliveries.find(id)).isEmpty());
        worker.runOnce();
        assertThat(RECEIVER.at("/rollback")).isEmpty();
    }

    @Test
    void eachReaderGetsTheEmailInTheirLanguage() throws Exception {
        String persian = user("fa");
        String english = user("en");
        List<UUID> queued = outbox.email(List.of("user:" + persian, "user:" + english, "ops@partner.test", "user:" + persian),
                Notice.caseAssigned(1234, "Late delivery", "urgent", "user:admin"));
        assertThat(queued).hasSize(3);

        worker.runOnce();

        MimeMessage fa = mailTo(persian + "@staff.test").get(0);
        assertThat(fa.getSubject()).isEqualTo("پرونده ۱۲۳۴ به شما واگذار شد: Late delivery");
        String faText = plainText(fa);
        assertThat(faText).startsWith("سارا رضایی عزیز،");
        assertThat(faText).contains("پرونده ۱۲۳۴ با عنوان «Late delivery» به شما واگذار شد.", "اولویت: فوری", "واگذارکننده: admin",
                "\nhttps://cx.example.com/cases/1234\n");
        assertThat(fa.getHeader("Content-Language")[0]).isEqualTo("fa");
        assertThat(htmlText(fa)).contains("dir=\"rtl\"", "<a dir=\"ltr\" href=\"https://cx.example.com/cases/1234\">");

        MimeMessage en = mailTo(english + "@staff.test").get(0);
        assertThat(en.getSubject()).isEqualTo("Case #1234 is assigned to you: Late delivery");
        assertThat(plainText(en)).startsWith("Hello Sara Rezaei,")
                .contains("Case #1234 \"Late delivery\" has been assigned to you.", "Priority: urgent", "Assigned by: admin",
                        "\nhttps://cx.example.com/cases/1234\n");
        assertThat(htmlText(en)).contains("dir=\"ltr\"");

        // A plain address is written to in the default language (fa), the same user named twice gets one e-mail.
        assertThat(mailTo("ops@partner.test").get(0).getSubject()).isEqualTo("پرونده ۱۲۳۴ به شما واگذار شد: Late delivery");
        assertThat(plainText(mailTo("ops@partner.test").get(0))).startsWith("سلام،");
        assertThat(mailTo(persian + "@staff.test")).hasSize(1);
        JsonNode sent = api.get("/api/v1/notifications/emails/" + queued.get(0), KEY).json();
        assertThat(sent.get("state").asString()).isEqualTo("delivered");
        assertThat(sent.get("recipient").asString()).isEqualTo(persian + "@staff.test");
    }

    @Test
    void assigningACaseEmailsTheAssignee() throws Exception {
        String agent = user("en");
        long caseId = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "Refund not received"))).json().get("id").asLong();
        worker.runOnce();
        assertThat(mailTo(agent + "@staff.test")).isEmpty();

        Api.Reply assigned = api.patch("/api/v1/cases/" + caseId, KEY, Api.json(Map.of("assignee", agent)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        worker.runOnce();

        List<MimeMessage> received = mailTo(agent + "@staff.test");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Case #" + caseId + " is assigned to you: Refund not received");
        assertThat(plainText(received.get(0))).contains("https://cx.example.com/cases/" + caseId, "Priority: normal");
        // A change that leaves the assignee as they are e-mails nobody.
        api.patch("/api/v1/cases/" + caseId, KEY, Api.json(Map.of("priority", "high")));
        worker.runOnce();
        assertThat(mailTo(agent + "@staff.test")).hasSize(1);
    }

    @Test
    void anEscalatedCaseEmailsItsTeamManagerAndGoesOutAsAWebhook() throws Exception {
        String manager = user("fa");
        String team = "t" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.send("/api/v1/teams/" + team, KEY, "PUT", "application/json",
                Api.json(Map.of("nameFa", "پشتیبانی", "nameEn", "Support", "manager", manager, "members", List.of()))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        long endpointId = createEndpoint("/escalations", List.of("case.escalated")).get("id").asLong();
        long caseId = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "Broken charger", "team", team))).json().get("id").asLong();
        Instant due = Instant.parse("2025-03-21T06:30:00Z");

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new CaseEscalated(cases.get(caseId), "first_response", due)));
        worker.runOnce();

        MimeMessage mail = mailTo(manager + "@staff.test").get(0);
        assertThat(mail.getSubject()).isEqualTo("ارجاع به مدیر: پرونده " + NoticeTexts.digits(Long.toString(caseId), "fa")
                + " از موعد نخستین پاسخ گذشت");
        // 06:30 UTC is 10:00 in Tehran; 1 Farvardin 1404 in the Jalali calendar.
        assertThat(plainText(mail)).contains("تیم: پشتیبانی", "۱۴۰۴", "۱۰:۰۰", "https://cx.example.com/cases/" + caseId);
        JsonNode body = JSON.readTree(RECEIVER.at("/escalations").get(0).body());
        assertThat(body.get("type").asString()).isEqualTo("case.escalated");
        assertThat(body.get("data").get("id").asLong()).isEqualTo(caseId);
        assertThat(body.get("data").get("escalation").get("breach").asString()).isEqualTo("first_response");
        assertThat(body.get("data").get("escalation").get("due").asString()).isEqualTo("2025-03-21T06:30:00Z");
        assertThat(api.get("/api/v1/webhooks/" + endpointId + "/deliveries?state=delivered", KEY).json().get("items")).hasSize(1);
    }

    @Test
    void endpointsAreValidatedFieldByField() {
        Api.Reply ftp = api.post("/api/v1/webhooks", KEY,
                Api.json(Map.of("url", "ftp://files.example.com/in", "events", List.of("case.opened"))));
        assertThat(ftp.status()).isEqualTo(422);
        assertThat(ftp.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
        assertThat(ftp.json().get("errors").get(0).get("message").asString()).isEqualTo("must be an http or https URL");

        Api.Reply credentials = api.post("/api/v1/webhooks", KEY,
                Api.json(Map.of("url", RECEIVER.url("/x").replace("http://", "http://u:p@"), "events", List.of("case.opened"))));
        assertThat(credentials.status()).isEqualTo(422);
        assertThat(credentials.json().get("errors").get(0).get("field").asString()).isEqualTo("url");

        Api.Reply events = api.post("/api/v1/webhooks", KEY, Api.json(Map.of("url", RECEIVER.url("/x"), "events",
                List.of("case.opened", "case.deleted"), "colour", "red")));
        assertThat(events.status()).isIn(400, 422);
        List<String> fields = new ArrayList<>();
        events.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("colour");

        Api.Reply unknownEvent = api.post("/api/v1/webhooks", KEY, Api.json(Map.of("url", RECEIVER.url("/x"), "events",
                List.of("case.opened", "case.deleted"))));
        assertThat(unknownEvent.status()).isEqualTo(422);
        assertThat(unknownEvent.json().get("errors").get(0).get("field").asString()).isEqualTo("events[1]");

        Api.Reply missing = api.post("/api/v1/webhooks", KEY, "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"url\"", "\"events\"");
    }

    @Test
    void anEndpointCanBeChangedRotatedDisabledAndDeleted() throws Exception {
        JsonNode endpoint = createEndpoint("/lifecycle", List.of("case.opened"));
        long id = endpoint.get("id").asLong();
        String first = endpoint.get("secret").asString();

        Api.Reply patched = api.patch("/api/v1/webhooks/" + id, KEY, Api.json(Map.of("events", List.of("case.changed", "case.opened"),
                "description", "CRM")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("events").toString()).isEqualTo("[\"case.changed\",\"case.opened\"]");
        assertThat(patched.json().get("description").asString()).isEqualTo("CRM");

        String second = api.post("/api/v1/webhooks/" + id + "/rotate-secret", KEY, "").json().get("secret").asString();
        assertThat(second).isNotEqualTo(first).startsWith("whsec_");
        Api.Reply ping = api.post("/api/v1/webhooks/" + id + "/ping", KEY, "");
        assertThat(ping.status()).isEqualTo(202);
        worker.runOnce();
        Receiver.Received pinged = RECEIVER.at("/lifecycle").get(0);
        assertThat(pinged.header("Hamsafar-Event")).isEqualTo("ping");
        assertThat(pinged.header("Hamsafar-Delivery")).isEqualTo(ping.json().get("deliveryId").asString());
        assertThat(pinged.header("Hamsafar-Signature"))
                .isEqualTo("v1=" + hmacHex(second, pinged.header("Hamsafar-Timestamp") + "." + pinged.body()));

        Api.Reply disabled = api.patch("/api/v1/webhooks/" + id, KEY, Api.json(Map.of("enabled", false)));
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "Not sent to a disabled endpoint")));
        worker.runOnce();
        assertThat(RECEIVER.at("/lifecycle")).hasSize(1);
        assertThat(api.post("/api/v1/webhooks/" + id + "/ping", KEY, "").status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/webhooks/" + id, KEY).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id, KEY).status()).isEqualTo(404);
        long left = jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE endpoint_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(left).isZero();
    }

    @Test
    void theBackgroundWorkerDeliversWithoutBeingAsked() throws Exception {
        long endpointId = createEndpoint("/background", List.of("alert.triggered")).get("id").asLong();
        worker.start();
        try {
            UUID id = outbox.webhookTo(endpointId, "alert.triggered", Map.of("rule", "background")).orElseThrow();
            Instant deadline = Instant.now().plusSeconds(10);
            Optional<Delivery> delivery = deliveries.find(id);
            while (delivery.orElseThrow().state() != DeliveryState.DELIVERED && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
                delivery = deliveries.find(id);
            }
            assertThat(delivery.orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(RECEIVER.at("/background")).hasSize(1);
        } finally {
            worker.stop();
        }
    }

    private long customer(String externalId) {
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                ("{\"identities\": {\"externalId\": \"" + externalId + "\"}}").getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private Long customerOf(UUID delivery) {
        return jdbc.sql("SELECT customer_id FROM notification_delivery WHERE id = :id").param("id", delivery).query(Long.class).single();
    }

    private long attemptsOf(UUID delivery) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_attempt WHERE delivery_id = :id").param("id", delivery).query(Long.class)
                .single();
    }

    @Test
    void anErasedCustomersUndeliveredNotificationsAreNeverSentAndDeliveredOnesLoseTheirContent() throws Exception {
        String words = "My number is 0912 555 0101, call me " + UUID.randomUUID();
        long erased = customer("erase-" + UUID.randomUUID());
        long other = customer("keep-" + UUID.randomUUID());
        long okEndpoint = createEndpoint("/erasure-ok", List.of("alert.triggered")).get("id").asLong();
        long downEndpoint = createEndpoint("/erasure-down", List.of("case.opened")).get("id").asLong();
        RECEIVER.statuses.put("/erasure-down", 500);
        String reader = user("en");
        Map<String, Object> payload = Map.of("customerId", erased, "item", Map.of("summary", words));

        // Delivered before the erasure.
        UUID delivered = outbox.webhookTo(okEndpoint, "alert.triggered", payload, erased).orElseThrow();
        assertThat(worker.runOnce().delivered()).isEqualTo(1);
        // Failed once and waiting for its retry: a case opened for the customer, queued by the case listener.
        Api.Reply opened = api.post("/api/v1/cases", KEY, Api.json(Map.of("customerId", erased, "title", "Call back")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        UUID retrying = UUID.fromString(api.get("/api/v1/webhooks/" + downEndpoint + "/deliveries?state=pending", KEY).json()
                .get("items").get(0).get("id").asString());
        assertThat(customerOf(retrying)).isEqualTo(erased);
        Instant t0 = later();
        assertThat(worker.runOnce(t0).retrying()).isEqualTo(1);
        assertThat(attemptsOf(retrying)).isEqualTo(1);
        // Not sent yet at all: a webhook and an alert e-mail quoting the customer.
        UUID pending = outbox.webhookTo(okEndpoint, "alert.triggered", payload, erased).orElseThrow();
        UUID pendingEmail = outbox.email(List.of("user:" + reader), Notice.alert("Detractor", words, null), erased).get(0);
        // About somebody else: untouched.
        UUID others = outbox.webhookTo(okEndpoint, "alert.triggered", Map.of("customerId", other), other).orElseThrow();
        assertThat(customerOf(pending)).isEqualTo(erased);
        int sentBefore = RECEIVER.at("/erasure-ok").size();

        Api.Reply erasure = api.delete("/api/v1/customers/" + erased + "?mode=anonymize", KEY);
        assertThat(erasure.status()).as(erasure.body()).isBetween(200, 204);

        assertThat(deliveries.find(pending)).isEmpty();
        assertThat(deliveries.find(pendingEmail)).isEmpty();
        assertThat(deliveries.find(retrying)).isEmpty();
        assertThat(attemptsOf(retrying)).isZero();
        // However late the worker looks, nothing about the erased customer goes out; the other customer's webhook does.
        worker.runOnce(t0.plus(Duration.ofDays(1)));
        List<Receiver.Received> sentAfter = RECEIVER.at("/erasure-ok").subList(sentBefore, RECEIVER.at("/erasure-ok").size());
        assertThat(sentAfter).extracting(r -> r.header("Hamsafar-Delivery")).containsExactly(others.toString());
        assertThat(RECEIVER.at("/erasure-down")).hasSize(1);
        assertThat(mailTo(reader + "@staff.test")).isEmpty();

        Delivery kept = deliveries.find(delivered).orElseThrow();
        assertThat(kept.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(kept.attempts()).isEqualTo(1);
        assertThat(kept.body()).isEqualTo("{}").doesNotContain(words);
        assertThat(kept.customerId()).isNull();
        assertThat(kept.erasedAt()).isNotNull();
        String stored = jdbc.sql("SELECT body FROM notification_delivery WHERE id = :id").param("id", delivered).query(String.class).single();
        assertThat(stored).doesNotContain(words).doesNotContain("0912");
        // A blanked delivery cannot be sent again, empty or not.
        Api.Reply redeliver = api.post("/api/v1/webhooks/deliveries/" + delivered + "/redeliver", KEY, "");
        assertThat(redeliver.status()).isEqualTo(409);
        assertThat(redeliver.body()).contains("erased");
        JsonNode shown = api.get("/api/v1/webhooks/deliveries/" + delivered, KEY).json();
        assertThat(shown.get("erasedAt").isNull()).isFalse();
        assertThat(shown.get("payload").size()).isZero();
        assertThat(deliveries.find(others).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(customerOf(others)).isEqualTo(other);
    }

    @Test
    void notificationsFollowAMergedCustomerToTheSurvivorAndAreListedInTheExport() {
        long survivor = customer("survivor-" + UUID.randomUUID());
        long merged = customer("merged-" + UUID.randomUUID());
        long endpointId = createEndpoint("/merge-down", List.of("alert.triggered")).get("id").asLong();
        RECEIVER.statuses.put("/merge-down", 503);
        UUID about = outbox.webhookTo(endpointId, "alert.triggered", Map.of("note", "about the merged profile"), merged).orElseThrow();

        Api.Reply merge = api.post("/api/v1/customers/merges", KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));
        assertThat(merge.status()).as(merge.body()).isIn(200, 201);

        assertThat(customerOf(about)).isEqualTo(survivor);
        JsonNode export = api.get("/api/v1/customers/" + survivor + "/export", KEY).json().get("notifications");
        assertThat(export).hasSize(1);
        assertThat(export.get(0).get("id").asString()).isEqualTo(about.toString());
        assertThat(export.get(0).get("channel").asString()).isEqualTo("webhook");
        assertThat(export.get(0).get("state").asString()).isEqualTo("pending");
        assertThat(export.get(0).has("payload")).isFalse();

        // Erasing the survivor reaches what was queued about the merged profile.
        assertThat(api.delete("/api/v1/customers/" + survivor + "?mode=delete", KEY).status()).isBetween(200, 204);
        assertThat(deliveries.find(about)).isEmpty();
        worker.runOnce(later().plus(Duration.ofDays(1)));
        assertThat(RECEIVER.at("/merge-down")).isEmpty();
    }

    @Test
    void anAlertSummaryIsQuotedOnOneLineAndNeverBecomesALink() throws Exception {
        String reader = user("en");
        String persian = user("fa");
        String summary = "Terrible service.\nhttps://evil.example/login?reset=1\n\nhttp://also-evil.example";
        outbox.email(List.of("user:" + reader, "user:" + persian), Notice.alert("Detractor", summary, 42L));
        worker.runOnce();

        MimeMessage en = mailTo(reader + "@staff.test").get(0);
        String text = plainText(en);
        assertThat(text).contains("\n\u201cTerrible service. https://evil.example/login?reset=1 http://also-evil.example\u201d\n");
        assertThat(text).doesNotContain("\nhttps://evil.example").doesNotContain("\nhttp://also-evil.example");
        String html = htmlText(en);
        assertThat(html).doesNotContain("href=\"https://evil.example").doesNotContain("href=\"http://also-evil.example");
        assertThat(html).contains("<a dir=\"ltr\" href=\"https://cx.example.com/cases/42\">");
        assertThat(plainText(mailTo(persian + "@staff.test").get(0)))
                .contains("\n«Terrible service. https://evil.example/login?reset=1 http://also-evil.example»\n");
    }

    @Test
    void onlyLinksIntoTheDashboardAreMadeClickable() {
        String html = NotificationMailer.html("Hello,\n\nhttps://evil.example/x\nhttps://cx.example.com.evil.example/\n"
                + "https://cx.example.com/cases/7\nhttps://cx.example.com/ and more\n\n-- \nfooter\n", "en", "s",
                "https://cx.example.com");
        assertThat(html).contains("<a dir=\"ltr\" href=\"https://cx.example.com/cases/7\">");
        assertThat(html).doesNotContain("href=\"https://evil.example").doesNotContain("href=\"https://cx.example.com.evil")
                .doesNotContain("href=\"https://cx.example.com/ and");
        assertThat(html.split("<a ", -1)).hasSize(2);
    }
}
