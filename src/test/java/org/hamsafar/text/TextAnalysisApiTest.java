package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/text/analyze: results per text, bad items named and the rest analysed, limits, scopes. */
@HamsafarTest
class TextAnalysisApiTest {
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private static Map<String, Object> item(String id, Object text, Object language) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("text", text);
        if (language != null) {
            item.put("language", language);
        }
        return item;
    }

    private Api.Reply analyze(String key, List<?> texts) {
        return api.post("/api/v1/text/analyze", key, Api.json(Map.of("texts", texts)));
    }

    @Test
    void analysesEachTextWithSentimentTopicsEmotionsAndKeywords() {
        String persian = "پیک خیلی بی‌ادب بود ولی غذا عالی بود 😍";
        Api.Reply reply = analyze(HamsafarTest.ADMIN_KEY, List.of(
                item("fa-1", persian, "auto"),
                item("en-1", "The app crashed twice and support never answered.", "en")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("model").asString()).startsWith("builtin-");
        assertThat(body.get("rejected")).isEmpty();
        JsonNode fa = body.get("results").get(0);
        assertThat(fa.get("id").asString()).isEqualTo("fa-1");
        assertThat(fa.get("language").asString()).isEqualTo("fa");
        assertThat(fa.get("sentiment").get("label").asString()).isEqualTo("positive");
        assertThat(fa.get("sentiment").get("confidence").asDouble()).isBetween(0.0, 1.0);
        JsonNode delivery = topic(fa, "delivery");
        assertThat(delivery.get("sentiment").get("label").asString()).isEqualTo("negative");
        int start = delivery.get("spans").get(0).get(0).asInt();
        int end = delivery.get("spans").get(0).get(1).asInt();
        assertThat(persian.substring(start, end)).isEqualTo("پیک");
        assertThat(topic(fa, "food_quality").get("sentiment").get("label").asString()).isEqualTo("positive");
        assertThat(fa.get("emotions").propertyNames()).containsExactly("anger", "joy", "sadness", "fear", "surprise", "trust", "disgust");
        JsonNode en = body.get("results").get(1);
        assertThat(en.get("sentiment").get("label").asString()).isEqualTo("negative");
        assertThat(topic(en, "website_app")).isNotNull();
        assertThat(en.get("keywords").toString()).contains("crashed");
    }

    @Test
    void badItemsAreNamedAndTheGoodOnesStillAnalysed() {
        List<Object> texts = new ArrayList<>();
        texts.add(item("ok", "خیلی خوب بود", null));
        texts.add(item("blank", "   ", null));
        texts.add(item("long", "ا".repeat(100_000), null));
        texts.add(item("lang", "hello", "de"));
        texts.add(item("number", 42, null));
        texts.add("not an object");
        texts.add(item("emoji", "👍👍", null));
        texts.add(item("control", "خوب\u0000بود\u0007", null));

        Api.Reply reply = analyze(HamsafarTest.ADMIN_KEY, texts);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        List<String> analysed = new ArrayList<>();
        body.get("results").forEach(r -> analysed.add(r.get("id").asString()));
        assertThat(analysed).containsExactly("ok", "emoji", "control");
        Map<Integer, String> errors = new LinkedHashMap<>();
        body.get("rejected").forEach(r -> errors.put(r.get("index").asInt(),
                r.get("errors").get(0).get("field").asString() + ": " + r.get("errors").get(0).get("message").asString()));
        assertThat(errors).containsOnlyKeys(1, 2, 3, 4, 5);
        assertThat(errors.get(1)).isEqualTo("texts[1].text: must not be empty or only spaces");
        assertThat(errors.get(2)).startsWith("texts[2].text: must be at most 20000 characters");
        assertThat(errors.get(3)).isEqualTo("texts[3].language: must be fa, en or auto");
        assertThat(errors.get(4)).isEqualTo("texts[4].text: must be a string");
        assertThat(errors.get(5)).startsWith("texts[5]: must be an object");
        assertThat(body.get("results").get(1).get("sentiment").get("label").asString()).as("emoji only").isEqualTo("positive");
        assertThat(body.get("results").get(1).get("language").asString()).isEqualTo("other");
    }

    @Test
    void aRequestWithoutTextsOrWithTooManyIsRefusedWhole() {
        Api.Reply missing = api.post("/api/v1/text/analyze", HamsafarTest.ADMIN_KEY, "{\"items\": []}");
        Api.Reply empty = analyze(HamsafarTest.ADMIN_KEY, List.of());
        List<Object> many = new ArrayList<>();
        for (int i = 0; i <= TextAnalysisController.MAX_TEXTS; i++) {
            many.add(item("t" + i, "ok", null));
        }
        Api.Reply tooMany = analyze(HamsafarTest.ADMIN_KEY, many);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("texts");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.json().get("detail").asString()).contains("1000");
    }

    @Test
    void aReadKeyMayAnalyseAnIngestKeyMayNot() {
        String read = key("read");
        String ingest = key("ingest");

        assertThat(analyze(read, List.of(item("a", "عالی", null))).status()).isEqualTo(200);
        assertThat(analyze(ingest, List.of(item("a", "عالی", null))).status()).isEqualTo(403);
        assertThat(analyze(null, List.of(item("a", "عالی", null))).status()).isEqualTo(401);
    }

    private String key(String scope) {
        return api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", "text " + scope, "scopes", List.of(scope))))
                .json().get("secret").asString();
    }

    private static JsonNode topic(JsonNode result, String key) {
        for (JsonNode topic : result.get("topics")) {
            if (topic.get("key").asString().equals(key)) {
                return topic;
            }
        }
        throw new AssertionError("no topic " + key + " in " + result.get("topics"));
    }
}
