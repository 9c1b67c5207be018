package org.hamsafar.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/text")
@Tag(name = "Text analytics", description = "Sentiment, topics, emotions and keywords of Persian and English texts")
class TextAnalysisController {

    static final int MAX_TEXTS = 1_000;
    private static final int MAX_ID = 200;

    private final TextAnalysisService service;

    TextAnalysisController(TextAnalysisService service) {
        this.service = service;
    }

    @PostMapping("/analyze")
    @Operation(summary = "Analyse texts", description = """
            `{"texts": [{"id": "...", "text": "...", "language": "fa|en|auto"}]}`, 1 to 1,000 texts of up to 20,000
            characters. Each result: detected `language` (fa, en, other) with `languageConfidence` and `mixed`,
            `sentiment` {label, score -1..1, confidence 0..1}, `topics` [{key, label, sentiment, spans: [[start, end]]}]
            (spans are char offsets in the text as sent), `emotions` (anger, joy, sadness, fear, surprise, trust,
            disgust, each 0..1) and `keywords`. Items with errors are listed in `rejected` with the field and reason;
            the others are analysed. Nothing is stored. Needs a key with the read scope.""")
    ResponseEntity<Object> analyze(@RequestBody JsonNode body) {
        JsonNode texts = body.get("texts");
        if (!body.isObject() || texts == null || !texts.isArray()) {
            throw InvalidInputException.of("texts", "must be an array of {id, text, language} objects");
        }
        if (texts.size() > MAX_TEXTS) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-many-texts",
                            "At most " + MAX_TEXTS + " texts per request; this one has " + texts.size() + "."));
        }
        if (texts.isEmpty()) {
            throw InvalidInputException.of("texts", "must hold at least one text");
        }
        TextAnalyzer analyzer = service.analyzer();
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            JsonNode item = texts.get(i);
            List<FieldProblem> problems = new ArrayList<>();
            String at = "texts[" + i + "]";
            String id = null;
            String text = null;
            if (!item.isObject()) {
                problems.add(new FieldProblem(at, "must be an object with text, and optionally id and language"));
            } else {
                id = string(item, "id", at, problems);
                if (id != null && id.length() > MAX_ID) {
                    problems.add(new FieldProblem(at + ".id", "must be at most " + MAX_ID + " characters"));
                }
                text = string(item, "text", at, problems);
                if (text == null && problems.stream().noneMatch(p -> p.field().equals(at + ".text"))) {
                    problems.add(new FieldProblem(at + ".text", "is required"));
                } else if (text != null && text.isBlank()) {
                    problems.add(new FieldProblem(at + ".text", "must not be empty or only spaces"));
                } else if (text != null && text.length() > TextAnalyzer.MAX_CHARS) {
                    problems.add(new FieldProblem(at + ".text", "must be at most " + TextAnalyzer.MAX_CHARS
                            + " characters; this one has " + text.length()));
                }
                String language = string(item, "language", at, problems);
                if (language != null && !language.equals("fa") && !language.equals("en") && !language.equals("auto")) {
                    problems.add(new FieldProblem(at + ".language", "must be fa, en or auto"));
                }
                item.propertyNames().forEach(name -> {
                    if (!name.equals("id") && !name.equals("text") && !name.equals("language")) {
                        problems.add(new FieldProblem(at + "." + name, "unknown field"));
                    }
                });
            }
            if (!problems.isEmpty()) {
                Map<String, Object> rejection = new LinkedHashMap<>();
                rejection.put("index", i);
                rejection.put("id", id);
                rejection.put("errors", problems);
                rejected.add(rejection);
                continue;
            }
            String language = item.path("language").asString("auto");
            Language hint = Language.fromCode(language).filter(l -> l != Language.OTHER).orElse(null); // auto: detect
            results.add(TextAnalysisView.of(i, id, analyzer.analyze(text, hint)));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("model", analyzer.modelVersion());
        reply.put("results", results);
        reply.put("rejected", rejected);
        return ResponseEntity.ok(reply);
    }

    private static String string(JsonNode item, String field, String at, List<FieldProblem> problems) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(at + "." + field, "must be a string"));
            return null;
        }
        return value.asString();
    }
}
