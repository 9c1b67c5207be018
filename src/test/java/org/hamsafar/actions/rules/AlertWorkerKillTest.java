package org.hamsafar.actions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hamsafar.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills the application's process (as {@code kill -9} would) while it acts on a detractor's
 * response, between opening the case and committing, then starts it again on the same store:
 * the response is acted on once after the restart, one case, not none and not two.
 */
class AlertWorkerKillTest {
    private static final String KEY = "hs_kill_test_admin_key_0123456789";
    @TempDir
    Path dataDir;

    @Test
    void aProcessKilledWhileActingOnAResponseActsOnItOnceAfterARestart() throws Exception {
        int port = freePort();
        Process doomed = start(port, "ACTED", dataDir.resolve("first.log"));
        Api api = new Api(port);
        long customer;
        try {
            awaitUp(api, doomed);
            assertThat(api.post("/api/v1/alert-rules", KEY, """
                    {"name": "Detractor follow-up", "enabled": true, "when": {"field": "answer.nps", "op": "<=", "value": 6},
                     "actions": [{"type": "open_case", "priority": "high"}]}""").status()).isEqualTo(201);
            long survey = api.post("/api/v1/surveys", KEY, """
                    {"name": "Kill test", "status": "active", "questions": [
                      {"key": "nps", "type": "nps", "text": {"fa": "پیشنهاد می‌کنید؟", "en": "Recommend us?"}, "required": true}]}""")
                    .json().get("id").asLong();
            Api.Reply response = api.post("/api/v1/surveys/" + survey + "/responses", KEY, """
                    {"answers": {"nps": 2}, "customer": {"externalId": "killed-while-acting"}}""");
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            customer = response.json().get("customerId").asLong();
            assertThat(doomed.waitFor(60, TimeUnit.SECONDS)).as("the process died at the step").isTrue();
            assertThat(doomed.exitValue()).isEqualTo(137);
        } finally {
            doomed.destroyForcibly();
        }

        Process restarted = start(port, null, dataDir.resolve("second.log"));
        try {
            awaitUp(api, restarted);
            List<JsonNode> cases = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (cases.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(300);
                cases.clear();
                api.get("/api/v1/cases?customerId=" + customer, KEY).json().get("items").forEach(cases::add);
            }
            Thread.sleep(2_000); // time for a second case, were there one

            cases.clear();
            api.get("/api/v1/cases?customerId=" + customer, KEY).json().get("items").forEach(cases::add);
            assertThat(cases).hasSize(1);
            assertThat(cases.get(0).get("priority").asString()).isEqualTo("high");
            assertThat(api.get("/api/v1/alert-rules/status", KEY).json().get("waiting").asLong()).isZero();
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, String haltAt, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path")));
        if (haltAt == null) {
            command.add("org.hamsafar.HamsafarApplication");
        } else {
            command.addAll(List.of(CrashingApplication.class.getName(), haltAt));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HAMSAFAR_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("HAMSAFAR_API_KEY", KEY);
        builder.environment().put("HAMSAFAR_DEMO", "false");
        builder.environment().put("HAMSAFAR_ADMIN_PASSWORD", "kill-test-password");
        builder.environment().remove("SPRING_DATASOURCE_URL");
        return builder.start();
    }

    private static void awaitUp(Api api, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the application process is running").isTrue();
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the application did not start within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
