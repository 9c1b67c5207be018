package org.hamsafar.text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/text")
@Tag(name = "Text models", description = "Sentiment models trained from an organisation's own labelled examples")
class TextModelController {

    static final int MAX_EXAMPLES = 50_000;

    private final TextModelService models;

    TextModelController(TextModelService models) {
        this.models = models;
    }

    @PostMapping(path = "/models", consumes = "application/json")
    @Operation(summary = "Train a sentiment model from labelled examples (JSON)", description = """
            `{"name": "...", "language": "fa|en", "examples": [{"text": "...", "label": "positive|neutral|negative"}]}`, 30 to
            50,000 examples, at least two labels with 5 examples each. 20% of each label is held out: the reply shows the new
            model's accuracy, macro-F1 and confusion matrix on it, next to the built-in model's on the same texts. Unusable
            examples are listed in `rejected` and the rest used. The model is not active until made so.""")
    ResponseEntity<Map<String, Object>> trainFromJson(@RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = name(body.path("name").isString() ? body.get("name").asString() : null, problems);
        Language language = language(body.path("language").isString() ? body.get("language").asString() : null, problems);
        JsonNode examples = body.get("examples");
        if (examples == null || !examples.isArray()) {
            problems.add(new FieldProblem("examples", "must be an array of {text, label}"));
        } else if (examples.size() > MAX_EXAMPLES) {
            problems.add(new FieldProblem("examples", "at most " + MAX_EXAMPLES + " examples per model"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<LabelledText> usable = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            JsonNode example = examples.get(i);
            String text = example.path("text").isString() ? example.get("text").asString() : null;
            String label = example.path("label").isString() ? example.get("label").asString() : null;
            addExample(usable, rejected, "index", i, "examples[" + i + "]", text, label);
        }
        return trained(name, language, usable, rejected);
    }

    @PostMapping(path = "/models", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Train a sentiment model from labelled examples (CSV)", description = """
            A CSV file with a header row; `textColumn` (default text) and `labelColumn` (default label) name the columns;
            `name` and `language` (fa or en) are query parameters. Otherwise as the JSON form; rejected rows are named by
            their line in the file.""")
    ResponseEntity<Map<String, Object>> trainFromCsv(@RequestParam(required = false) String name, @RequestParam(required = false) String language,
                                                     @RequestParam(defaultValue = "text") String textColumn,
                                                     @RequestParam(defaultValue = "label") String labelColumn,
                                                     HttpServletRequest request) throws IOException {
        List<FieldProblem> problems = new ArrayList<>();
        String modelName = name(name, problems);
        Language modelLanguage = language(language, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<LabelledText> usable = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = withoutByteOrderMark(new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8));
             CSVParser parser = format.parse(reader)) {
            if (!parser.getHeaderMap().containsKey(textColumn) || !parser.getHeaderMap().containsKey(labelColumn)) {
                throw InvalidInputException.of("header", "must name the columns " + textColumn + " and " + labelColumn
                        + "; found " + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                if (usable.size() + rejected.size() >= MAX_EXAMPLES) {
                    throw InvalidInputException.of("examples", "at most " + MAX_EXAMPLES + " examples per model");
                }
                long line = record.getParser().getCurrentLineNumber();
                addExample(usable, rejected, "line", line, "line " + line, record.isSet(textColumn) ? record.get(textColumn) : null,
                        record.isSet(labelColumn) ? record.get(labelColumn) : null);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidInputException.of("file", "is not readable CSV: " + e.getMessage());
        }
        return trained(modelName, modelLanguage, usable, rejected);
    }

    /** Spreadsheets save CSV with a byte-order mark, which would otherwise stick to the first column's name. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private ResponseEntity<Map<String, Object>> trained(String name, Language language, List<LabelledText> usable,
                                                        List<Map<String, Object>> rejected) {
        StoredModel model = models.train(name, language, usable);
        Map<String, Object> reply = view(model, true);
        reply.put("rejected", rejected);
        return ResponseEntity.status(HttpStatus.CREATED).body(reply);
    }

    private static void addExample(List<LabelledText> usable, List<Map<String, Object>> rejected, String position, long at,
                                   String field, String text, String label) {
        List<FieldProblem> errors = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new FieldProblem(field + ".text", "must not be empty"));
        } else if (text.length() > TextAnalyzer.MAX_CHARS) {
            errors.add(new FieldProblem(field + ".text", "must be at most " + TextAnalyzer.MAX_CHARS + " characters"));
        }
        SentimentLabel parsed = label == null ? null : LabelledFileReader.label(label.strip());
        if (parsed == null) {
            errors.add(new FieldProblem(field + ".label", "must be positive, neutral or negative"));
        }
        if (errors.isEmpty()) {
            usable.add(new LabelledText(text, parsed, null));
        } else {
            Map<String, Object> rejection = new LinkedHashMap<>();
            rejection.put(position, at);
            rejection.put("errors", errors);
            rejected.add(rejection);
        }
    }

    @GetMapping("/models")
    @Operation(summary = "Trained models (newest first), ONNX models found at start-up, and the active model per language")
    Map<String, Object> list() {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("models", models.all().stream().map(m -> view(m, false)).toList());
        reply.put("onnx", models.onnxModels().stream().map(m -> {
            Map<String, Object> onnx = new LinkedHashMap<>();
            onnx.put("ref", "onnx:" + m.files().name());
            onnx.put("language", m.files().language().code());
            onnx.put("version", m.version());
            onnx.put("labels", m.files().labels().stream().map(SentimentLabel::code).toList());
            return onnx;
        }).toList());
        reply.put("onnxProblems", models.onnxProblems());
        reply.put("active", active());
        return reply;
    }

    @GetMapping("/models/{id}")
    @Operation(summary = "One model with its held-out evaluation")
    Map<String, Object> get(@PathVariable long id) {
        return view(models.get(id), true);
    }

    @DeleteMapping("/models/{id}")
    @Operation(summary = "Delete a model that is not active")
    ResponseEntity<Void> delete(@PathVariable long id) {
        models.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/active-models")
    @Operation(summary = "The sentiment model in use per language")
    Map<String, String> active() {
        Map<String, String> active = new LinkedHashMap<>();
        Map<String, String> chosen = models.active();
        for (Language language : List.of(Language.FA, Language.EN)) {
            active.put(language.code(), chosen.getOrDefault(language.code(), "builtin"));
        }
        return active;
    }

    @PutMapping("/active-models/{language}")
    @Operation(summary = "Choose the sentiment model for a language", description = """
            `{"model": "builtin" | "custom:<id>" | "onnx:<name>", "reanalyze": false}` (an ONNX model is one found at start-up
            in the models folder, for this language). With `reanalyze` true every stored text is queued to be
            analysed again by the new model (results keep the version of the model that made them).""")
    Map<String, Object> activate(@PathVariable String language, @RequestBody JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        Language chosen = language(language, problems);
        String model = body.path("model").isString() ? body.get("model").asString() : null;
        if (model == null) {
            problems.add(new FieldProblem("model", "is required: builtin, custom:<id> or onnx:<name>"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int queued = models.activate(chosen, model, body.path("reanalyze").asBoolean(false));
        Map<String, Object> reply = new LinkedHashMap<>(active());
        reply.put("queued", queued);
        return reply;
    }

    private static String name(String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank() || name.length() > 100 || name.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem("name", "is required, 1 to 100 characters"));
            return null;
        }
        return name.strip();
    }

    private static Language language(String code, List<FieldProblem> problems) {
        Language language = Language.fromCode(code).filter(l -> l != Language.OTHER).orElse(null);
        if (language == null) {
            problems.add(new FieldProblem("language", "must be fa or en"));
        }
        return language;
    }

    private static Map<String, Object> view(StoredModel model, boolean withEvaluation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", model.id());
        out.put("ref", model.ref());
        out.put("name", model.name());
        out.put("language", model.language().code());
        out.put("version", model.versionName());
        out.put("examples", model.examples());
        out.put("trainExamples", model.trainExamples());
        out.put("testExamples", model.testExamples());
        out.put("accuracy", model.accuracy());
        out.put("macroF1", model.macroF1());
        out.put("builtinAccuracy", model.builtinAccuracy());
        out.put("createdAt", model.createdAt().toString());
        if (withEvaluation) {
            out.put("evaluation", model.evaluation());
        }
        return out;
    }
}
