package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP SMS gateway client against a real HTTP server in this JVM. */
class HttpSmsSenderTest {
    private record Received(String contentType, String authorization, String body) {
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
            byte[] reply = (status.get() == 200 ? "{\"id\": \"m-1\"}" : "{\"error\": \"invalid number\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    @Test
    void postsJsonWithTheAuthorizationHeader() throws Exception {
        HttpSmsSender sender = new HttpSmsSender(url(), "Bearer gateway-secret", "Hamsafar", HttpSmsSender.Format.JSON);

        sender.send("+989121234567", "نظر شما برای ما مهم است: https://cx.example.com/s/k?t=abc");

        assertThat(received).hasSize(1);
        assertThat(received.get(0).contentType()).startsWith("application/json");
        assertThat(received.get(0).authorization()).isEqualTo("Bearer gateway-secret");
        JsonNode body = JsonMapper.builder().build().readTree(received.get(0).body());
        assertThat(body.get("to").asString()).isEqualTo("+989121234567");
        assertThat(body.get("text").asString()).isEqualTo("نظر شما برای ما مهم است: https://cx.example.com/s/k?t=abc");
        assertThat(body.get("from").asString()).isEqualTo("Hamsafar");
    }

    @Test
    void postsFormFieldsWhenAskedToAndSendsNoEmptyHeader() throws Exception {
        HttpSmsSender sender = new HttpSmsSender(url(), "", null, HttpSmsSender.Format.FORM);

        sender.send("+989121234567", "a & b = سلام");

        assertThat(received.get(0).contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(received.get(0).authorization()).isNull();
        assertThat(received.get(0).body()).isEqualTo("to=%2B989121234567&text=a+%26+b+%3D+%D8%B3%D9%84%D8%A7%D9%85");
    }

    @Test
    void aStatusOtherThan2xxIsAFailureNamingIt() {
        status.set(400);
        HttpSmsSender sender = new HttpSmsSender(url(), null, null, HttpSmsSender.Format.JSON);

        assertThatThrownBy(() -> sender.send("+989121234567", "hi"))
                .isInstanceOf(SmsException.class)
                .hasMessage("SMS gateway answered HTTP 400");
    }

    @Test
    void anUnreachableGatewayIsAFailure() {
        HttpSmsSender sender = new HttpSmsSender(URI.create("http://127.0.0.1:1/sms"), null, null, HttpSmsSender.Format.JSON);

        assertThatThrownBy(() -> sender.send("+989121234567", "hi"))
                .isInstanceOf(SmsException.class)
                .hasMessageStartingWith("SMS gateway unreachable");
    }
}
