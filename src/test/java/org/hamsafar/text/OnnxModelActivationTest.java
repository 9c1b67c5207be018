package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An ONNX model placed in the models folder is found at start-up, listed, and once made active
 * for its language analyses that language's texts; a broken folder is listed with its problem.
 */
@HamsafarTest
class OnnxModelActivationTest {
    private static final Path MODELS = folder();
    @LocalServerPort
    int port;
    Api api;

    private static Path folder() {
        try {
            Path models = Files.createTempDirectory("hamsafar-onnx");
            // "quiet" reads as positive to this model, the opposite of nothing the lexicon knows.
            new TinyOnnxModel(3)
                    .token("[PAD]", 0, 0, 0).token("[UNK]", 0, 0.2f, 0).token("[CLS]", 0, 0.5f, 0).token("[SEP]", 0, 0.5f, 0)
                    .token("quiet", 0, 0, 6).token("noisy", 6, 0, 0).token("room", 0, 0.2f, 0)
                    .writeTo(models.resolve("hotel"), """
                            {"name": "hotel-reviews", "language": "en", "labels": ["negative", "neutral", "positive"],
                             "maxLength": 32, "lowercase": true}""");
            Files.createDirectories(models.resolve("broken"));
            Files.writeString(models.resolve("broken").resolve("model.onnx"), "not a model");
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void modelsFolder(DynamicPropertyRegistry registry) {
        registry.add("hamsafar.text.onnx-dir", MODELS::toString);
    }

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void builtinAgain() {
        activate("en", "builtin");
    }

    private Api.Reply activate(String language, String model) {
        return api.send("/api/v1/text/active-models/" + language, HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("model", model)).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode analyze(String text) {
        return api.post("/api/v1/text/analyze", HamsafarTest.ADMIN_KEY, Api.json(Map.of("texts", List.of(Map.of("text", text)))))
                .json().get("results").get(0);
    }

    @Test
    void anActiveOnnxModelAnalysesItsLanguage() {
        JsonNode listed = api.get("/api/v1/text/models", HamsafarTest.ADMIN_KEY).json();
        assertThat(listed.get("onnx").get(0).get("ref").asString()).isEqualTo("onnx:hotel-reviews");
        assertThat(listed.get("onnx").get(0).get("version").asString()).matches("onnx-hotel-reviews-[0-9a-f]{12}");
        assertThat(listed.get("onnxProblems").get("broken").asString()).isNotBlank();
        assertThat(analyze("quiet room").get("model").asString()).startsWith("builtin-");

        Api.Reply activated = activate("en", "onnx:hotel-reviews");

        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        JsonNode english = analyze("quiet room");
        assertThat(english.get("model").asString()).startsWith("onnx-hotel-reviews-");
        assertThat(english.get("sentiment").get("label").asString()).isEqualTo("positive");
        assertThat(analyze("noisy room").get("sentiment").get("label").asString()).isEqualTo("negative");
        assertThat(analyze("اتاق خیلی ساکت بود").get("model").asString()).as("Persian keeps the built-in model").startsWith("builtin-");
    }

    @Test
    void anOnnxModelOnlyServesItsOwnLanguage() {
        Api.Reply wrongLanguage = activate("fa", "onnx:hotel-reviews");
        Api.Reply unknown = activate("en", "onnx:nope");

        assertThat(wrongLanguage.status()).isEqualTo(422);
        assertThat(wrongLanguage.json().get("errors").get(0).get("message").asString()).contains("is a model for en");
        assertThat(unknown.status()).isEqualTo(422);
    }
}
