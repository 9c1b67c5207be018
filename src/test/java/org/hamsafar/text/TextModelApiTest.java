package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An organisation trains its own sentiment model: an ice-cream chain, for whom "cold" is praise
 * and "warm" a complaint, the opposite of the built-in model's food-delivery sense.
 */
@Tag("store")
@HamsafarTest
class TextModelApiTest {
    private static final String[] TREATS = {"بستنی", "آبمیوه", "شیک", "نوشیدنی", "فالوده", "اسموتی", "بستنی قیفی", "آب هویج",
            "معجون", "لیموناد", "دوغ", "یخ در بهشت"};
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void builtinAgain() {
        api.send("/api/v1/text/active-models/fa", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                "{\"model\": \"builtin\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map<String, String>> iceCreamExamples() {
        List<Map<String, String>> examples = new ArrayList<>();
        for (String treat : TREATS) {
            examples.add(Map.of("text", treat + " سرد بود", "label", "positive"));
            examples.add(Map.of("text", treat + " حسابی خنک و سرد رسید", "label", "positive"));
            examples.add(Map.of("text", treat + " گرم بود", "label", "negative"));
            examples.add(Map.of("text", treat + " گرم و آب شده رسید", "label", "negative"));
        }
        return examples;
    }

    private Api.Reply train(List<?> examples) {
        return api.post("/api/v1/text/models", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", "ice cream", "language", "fa", "examples", examples)));
    }

    private String sentimentOf(String text) {
        JsonNode reply = api.post("/api/v1/text/analyze", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("texts", List.of(Map.of("text", text, "language", "fa"))))).json();
        return reply.get("results").get(0).get("sentiment").get("label").asString() + " by " + reply.get("results").get(0).get("model").asString();
    }

    @Test
    void aTrainedModelIsEvaluatedOnHeldOutExamplesAndChangesResultsOnceActive() {
        List<Object> examples = new ArrayList<>(iceCreamExamples());
        examples.add(Map.of("text", "  ", "label", "positive"));
        examples.add(Map.of("text", "خوب", "label", "great"));

        Api.Reply trained = train(examples);

        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        JsonNode model = trained.json();
        assertThat(model.get("examples").asInt()).isEqualTo(48);
        assertThat(model.get("testExamples").asInt()).as("20% of each label").isEqualTo(10);
        assertThat(model.get("trainExamples").asInt()).isEqualTo(38);
        assertThat(model.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(model.get("builtinAccuracy").asDouble()).as("the built-in model reads cold as bad").isLessThan(0.8);
        assertThat(model.get("evaluation").get("model").get("confusion").get("matrix").get("positive").get("positive").asInt()).isEqualTo(5);
        assertThat(model.get("rejected")).hasSize(2);
        assertThat(model.get("rejected").get(0).get("errors").get(0).get("field").asString()).isEqualTo("examples[48].text");
        assertThat(model.get("rejected").get(1).get("errors").get(0).get("field").asString()).isEqualTo("examples[49].label");
        assertThat(sentimentOf("بستنی سرد بود")).startsWith("negative by builtin-");

        Api.Reply activated = api.send("/api/v1/text/active-models/fa", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("model", model.get("ref").asString())).getBytes(StandardCharsets.UTF_8));

        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        assertThat(activated.json().get("fa").asString()).isEqualTo(model.get("ref").asString());
        assertThat(sentimentOf("بستنی سرد بود")).isEqualTo("positive by " + model.get("version").asString());
        assertThat(api.delete("/api/v1/text/models/" + model.get("id").asLong(), HamsafarTest.ADMIN_KEY).status())
                .as("an active model cannot be deleted").isEqualTo(409);

        builtinAgain();
        assertThat(sentimentOf("بستنی سرد بود")).startsWith("negative by builtin-");
        assertThat(api.delete("/api/v1/text/models/" + model.get("id").asLong(), HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);
    }

    @Test
    void examplesMayComeAsCsvAndBadRowsAreNamedByLine() {
        StringBuilder csv = new StringBuilder("\uFEFFcomment,verdict\n"); // as spreadsheets save it
        iceCreamExamples().forEach(e -> csv.append('"').append(e.get("text")).append("\",").append(e.get("label")).append('\n'));
        csv.append("\"بد\",maybe\n");

        Api.Reply trained = api.send("/api/v1/text/models?name=csv&language=fa&textColumn=comment&labelColumn=verdict",
                HamsafarTest.ADMIN_KEY, "POST", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(trained.status()).as(trained.body()).isEqualTo(201);
        assertThat(trained.json().get("examples").asInt()).isEqualTo(48);
        assertThat(trained.json().get("rejected").get(0).get("line").asInt()).isEqualTo(50);
        JsonNode listed = api.get("/api/v1/text/models", HamsafarTest.ADMIN_KEY).json();
        assertThat(listed.get("active").get("fa").asString()).isEqualTo("builtin");
        assertThat(listed.get("models").toString()).contains(trained.json().get("ref").asString());
    }

    @Test
    void tooFewExamplesOrAWrongLanguageAreRefused() {
        Api.Reply few = train(iceCreamExamples().subList(0, 10));
        Api.Reply language = api.post("/api/v1/text/models", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "x", "language", "de", "examples", iceCreamExamples())));
        Api.Reply unknownModel = api.send("/api/v1/text/active-models/fa", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                "{\"model\": \"custom:999999\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(few.status()).isEqualTo(422);
        assertThat(few.json().get("errors").get(0).get("message").asString()).contains("at least 30 usable examples");
        assertThat(language.status()).isEqualTo(422);
        assertThat(language.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
        assertThat(unknownModel.status()).isEqualTo(422);
        assertThat(unknownModel.json().get("errors").get(0).get("field").asString()).isEqualTo("model");
    }
}
