package org.hamsafar.actions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook goes to the address that passed the check, not to whatever the name resolves to when
 * connecting, and still names the URL's host: the Host header, and for https the certificate
 * checked against the host name. Receivers run in this JVM on loopback addresses; host names
 * resolve through the test's own table (the real DNS knows none of them).
 */
class WebhookSenderPinningTest {
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration REQUEST = Duration.ofSeconds(2);
    private static final List<String> HOSTS = new CopyOnWriteArrayList<>();
    private static final List<String> BODIES = new CopyOnWriteArrayList<>();
    private static HttpServer plain;
    private static HttpsServer secure;
    private static SSLContext clientTls;

    @TempDir
    static Path keys;

    @BeforeAll
    static void startReceivers() throws Exception {
        plain = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        plain.createContext("/", WebhookSenderPinningTest::answer);
        plain.start();

        // A certificate for hooks.test only, made for this run with the JDK's keytool.
        Path store = keys.resolve("hooks.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hooks", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=hooks.test",
                "-ext", "SAN=dns:hooks.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            serverKeys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(serverKeys, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        secure = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        secure.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        secure.createContext("/", WebhookSenderPinningTest::answer);
        secure.start();

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("hooks", serverKeys.getCertificate("hooks"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trustManagers.getTrustManagers(), null);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        HOSTS.add(exchange.getRequestHeaders().getFirst("Host"));
        BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(ok);
        }
    }

    @AfterAll
    static void stopReceivers() {
        plain.stop(0);
        secure.stop(0);
    }

    /** Resolves {@code host} to 127.0.0.1 the first time and to 127.0.0.2 (where nothing listens) every time after. */
    private static final class Rebinding implements WebhookUrlPolicy.Resolver {
        final AtomicInteger lookups = new AtomicInteger();
        final String host;

        Rebinding(String host) {
            this.host = host;
        }

        @Override
        public InetAddress[] resolve(String name) throws UnknownHostException {
            if (!name.equals(host)) {
                throw new UnknownHostException(name);
            }
            String address = lookups.incrementAndGet() == 1 ? "127.0.0.1" : "127.0.0.2";
            return new InetAddress[] {InetAddress.getByName(address)};
        }
    }

    private static WebhookEndpoint endpoint(String url) {
        Instant now = Instant.parse("2025-05-01T08:00:00Z");
        return new WebhookEndpoint(7, url, List.of("alert.triggered"), null, true, "whsec_test", now, "admin", now, "admin");
    }

    private static Delivery delivery(String body) {
        return Delivery.webhook(UUID.randomUUID(), 1, 7, "alert.triggered", body, null, Instant.now());
    }

    @Test
    void theRequestGoesToTheCheckedAddressAndNamesTheHostItWasMeantFor() {
        Rebinding dns = new Rebinding("rebind.test");
        WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, dns), CONNECT, REQUEST, clientTls.getSocketFactory());
        int port = plain.getAddress().getPort();
        int before = HOSTS.size();

        AttemptOutcome outcome = sender.send(endpoint("http://rebind.test:" + port + "/in?x=1"), delivery("{\"n\":1}"), 1, Instant.now());

        assertThat(outcome.delivered()).as(String.valueOf(outcome.error())).isTrue();
        assertThat(outcome.status()).isEqualTo(200);
        // One look-up, the checked one: a second would have answered 127.0.0.2, where nothing listens.
        assertThat(dns.lookups.get()).isEqualTo(1);
        assertThat(HOSTS.subList(before, HOSTS.size())).containsExactly("rebind.test:" + port);
        assertThat(BODIES.get(BODIES.size() - 1)).isEqualTo("{\"n\":1}");
    }

    @Test
    void aNameThatRebindsToAPrivateAddressBeforeTheNextAttemptIsRefusedThen() throws Exception {
        // Public when the endpoint was saved, private when the attempt is made: the attempt's own check refuses it.
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlPolicy strict = new WebhookUrlPolicy(false, name -> new InetAddress[] {
                InetAddress.getByName(lookups.incrementAndGet() == 1 ? "93.184.216.34" : "127.0.0.1")});
        assertThat(strict.problem("http://rebind.test/in")).isEmpty();
        WebhookSender sender = new WebhookSender(strict, CONNECT, REQUEST, clientTls.getSocketFactory());
        int before = HOSTS.size();

        AttemptOutcome outcome = sender.send(endpoint("http://rebind.test:" + plain.getAddress().getPort() + "/in"), delivery("{}"), 1,
                Instant.now());

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.error()).contains("resolves to 127.0.0.1, a loopback address");
        assertThat(HOSTS).hasSize(before);
    }

    @Test
    void httpsIsSentToTheCheckedAddressWithTheCertificateCheckedForTheHostName() {
        Rebinding dns = new Rebinding("hooks.test");
        WebhookSender sender = new WebhookSender(new WebhookUrlPolicy(true, dns), CONNECT, REQUEST, clientTls.getSocketFactory());
        int port = secure.getAddress().getPort();
        int before = HOSTS.size();

        AttemptOutcome outcome = sender.send(endpoint("https://hooks.test:" + port + "/in"), delivery("{\"tls\":true}"), 1, Instant.now());

        assertThat(outcome.delivered()).as(String.valueOf(outcome.error())).isTrue();
        assertThat(dns.lookups.get()).isEqualTo(1);
        assertThat(HOSTS.subList(before, HOSTS.size())).containsExactly("hooks.test:" + port);
    }

    @Test
    void httpsRefusesACertificateThatIsNotForTheHostName() {
        // The same server, its certificate for hooks.test, reached as other.test: the pinned address must not skip the name check.
        WebhookUrlPolicy policy = new WebhookUrlPolicy(true, name -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
        WebhookSender sender = new WebhookSender(policy, CONNECT, REQUEST, clientTls.getSocketFactory());
        int before = HOSTS.size();

        AttemptOutcome outcome = sender.send(endpoint("https://other.test:" + secure.getAddress().getPort() + "/in"), delivery("{}"), 1,
                Instant.now());

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).startsWith("TLS failed").contains("other.test");
        assertThat(HOSTS).hasSize(before);
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutWithinTheRequestTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try (Socket accepted = silent.accept()) {
                    // Trickle one byte, then say nothing more: only the deadline ends the attempt.
                    accepted.getOutputStream().write('H');
                    accepted.getOutputStream().flush();
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            WebhookUrlPolicy policy = new WebhookUrlPolicy(true, name -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
            WebhookSender sender = new WebhookSender(policy, CONNECT, Duration.ofMillis(500), clientTls.getSocketFactory());
            long started = System.nanoTime();

            AttemptOutcome outcome = sender.send(endpoint("http://silent.test:" + silent.getLocalPort() + "/"), delivery("{}"), 1,
                    Instant.now());

            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(outcome.delivered()).isFalse();
            assertThat(outcome.error()).startsWith("timed out");
            assertThat(millis).isBetween(400L, 3_000L);
        }
    }

    @Test
    void theAnswerOfAFailingReceiverIsQuotedFromItsBody() throws Exception {
        HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        failing.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"error\":\n  \"quota exceeded\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Location", "https://elsewhere.example/");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/moved") ? 302 : 503, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        failing.start();
        try {
            WebhookUrlPolicy policy = new WebhookUrlPolicy(true, name -> new InetAddress[] {InetAddress.getByName("127.0.0.1")});
            WebhookSender sender = new WebhookSender(policy, CONNECT, REQUEST, clientTls.getSocketFactory());
            String base = "http://receiver.test:" + failing.getAddress().getPort();

            AttemptOutcome down = sender.send(endpoint(base + "/in"), delivery("{}"), 1, Instant.now());
            AttemptOutcome moved = sender.send(endpoint(base + "/moved"), delivery("{}"), 1, Instant.now());

            assertThat(down).isEqualTo(AttemptOutcome.failure(503, "HTTP 503: {\"error\": \"quota exceeded\"}"));
            assertThat(moved).isEqualTo(AttemptOutcome.failure(302, "HTTP 302: redirects are not followed (to https://elsewhere.example/)"));
        } finally {
            failing.stop(0);
        }
    }
}
