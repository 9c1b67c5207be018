package org.hamsafar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One folder holding an external transformer sentiment model: {@code model.onnx}, its WordPiece
 * vocabulary {@code vocab.txt} (one token per line, the id being the line number from 0) and
 * {@code hamsafar-model.json}, which says what the model's outputs mean:
 *
 * <pre>{@code
 * {"name": "parsbert-sentiment", "language": "fa", "labels": ["negative", "neutral", "positive"],
 *  "maxLength": 128, "lowercase": true,
 *  "inputNames": {"ids": "input_ids", "mask": "attention_mask", "types": "token_type_ids"}}
 * }</pre>
 *
 * {@code labels} lists the model's output logits in order (two or three of negative, neutral and
 * positive); {@code inputNames} is optional, each name defaulting as shown. Everything is checked
 * here, so a badly placed model fails at start-up with a message naming the file and field rather
 * than giving wrong sentiments later.
 */
record OnnxModelFiles(
        Path folder, String name, Language language, List<SentimentLabel> labels, int maxLength, boolean lowercase,
        InputNames inputNames, Map<String, Integer> vocabulary) {

    static final String MODEL = "model.onnx";
    static final String VOCABULARY = "vocab.txt";
    static final String SETTINGS = "hamsafar-model.json";

    /** Longest name that still fits the stored model version ({@code onnx-NAME-<12 hex>}, 64 chars). */
    static final int MAX_NAME = 46;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Positions of BERT-style models are rarely above 512; 8192 only guards against a typo. */
    static final int MAX_LENGTH = 8192;

    /** The names of the graph inputs for token ids, attention mask and token types. */
    record InputNames(String ids, String mask, String types) {
        static final InputNames DEFAULT = new InputNames("input_ids", "attention_mask", "token_type_ids");
    }

    OnnxModelFiles {
        labels = List.copyOf(labels);
        vocabulary = Map.copyOf(vocabulary);
    }

    Path model() {
        return folder.resolve(MODEL);
    }

    /** Reads and checks the folder; IllegalArgumentException naming the file and field when something is wrong. */
    static OnnxModelFiles read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("ONNX model folder " + folder + " does not exist");
        }
        if (!Files.isRegularFile(folder.resolve(MODEL))) {
            throw new IllegalArgumentException(MODEL + " is missing in " + folder);
        }
        JsonNode settings = settings(folder);
        try {
            String name = requiredString(settings, "name");
            if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
                throw invalid("name", "must be 1 to " + MAX_NAME
                        + " letters, digits, '.', '_' or '-' (starting with a letter or digit), not \"" + name + "\"");
            }
            return new OnnxModelFiles(folder, name, language(settings), labels(settings), maxLength(settings),
                    lowercase(settings), inputNames(settings), vocabulary(folder));
        } catch (FieldProblem e) {
            throw new IllegalArgumentException(SETTINGS + " in " + folder + ": \"" + e.field + "\" " + e.getMessage());
        }
    }

    /** The first 12 hex digits of the SHA-256 of {@code model.onnx}. */
    String modelDigest() {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(model()), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + model(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode settings(Path folder) {
        Path file = folder.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(SETTINGS + " is missing in " + folder);
        }
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(SETTINGS + " in " + folder + " must hold a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(SETTINGS + " in " + folder + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(SETTINGS + " in " + folder + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String requiredString(JsonNode settings, String field) {
        JsonNode node = settings.get(field);
        if (node == null || node.isNull()) {
            throw invalid(field, "is required");
        }
        if (!node.isString() || node.asString().isBlank()) {
            throw invalid(field, "must be a non-empty string");
        }
        return node.asString();
    }

    private static Language language(JsonNode settings) {
        String code = requiredString(settings, "language");
        return switch (code) {
            case "fa" -> Language.FA;
            case "en" -> Language.EN;
            default -> throw invalid("language", "must be \"fa\" or \"en\", not \"" + code + "\"");
        };
    }

    private static List<SentimentLabel> labels(JsonNode settings) {
        JsonNode node = settings.get("labels");
        if (node == null || node.isNull()) {
            throw invalid("labels", "is required: the model's outputs in order, e.g. [\"negative\", \"neutral\", \"positive\"]");
        }
        if (!node.isArray() || node.size() < 2 || node.size() > 3) {
            throw invalid("labels", "must list 2 or 3 of \"negative\", \"neutral\", \"positive\" in the order of the model's outputs");
        }
        List<SentimentLabel> labels = new ArrayList<>();
        Set<SentimentLabel> seen = EnumSet.noneOf(SentimentLabel.class);
        for (JsonNode label : node) {
            SentimentLabel parsed = label.isString() ? parseLabel(label.asString()) : null;
            if (parsed == null) {
                throw invalid("labels", "may hold only \"negative\", \"neutral\" and \"positive\", not " + label);
            }
            if (!seen.add(parsed)) {
                throw invalid("labels", "names \"" + parsed.code() + "\" twice");
            }
            labels.add(parsed);
        }
        return labels;
    }

    private static SentimentLabel parseLabel(String code) {
        for (SentimentLabel label : SentimentLabel.values()) {
            if (label.code().equals(code)) {
                return label;
            }
        }
        return null;
    }

    private static int maxLength(JsonNode settings) {
        JsonNode node = settings.get("maxLength");
        if (node == null || node.isNull()) {
            throw invalid("maxLength", "is required: the most tokens the model takes, [CLS] and [SEP] included (e.g. 128)");
        }
        if (!node.isIntegralNumber() || node.asLong() < 3 || node.asLong() > MAX_LENGTH) {
            throw invalid("maxLength", "must be a whole number from 3 to " + MAX_LENGTH + ", not " + node);
        }
        return node.asInt();
    }

    private static boolean lowercase(JsonNode settings) {
        JsonNode node = settings.get("lowercase");
        if (node == null || node.isNull()) {
            // No default on purpose: a cased model fed lower-cased text (or the reverse) loses accuracy silently.
            throw invalid("lowercase", "is required: true for an uncased model, false for a cased one");
        }
        if (!node.isBoolean()) {
            throw invalid("lowercase", "must be true or false, not " + node);
        }
        return node.asBoolean();
    }

    private static InputNames inputNames(JsonNode settings) {
        JsonNode node = settings.get("inputNames");
        if (node == null || node.isNull()) {
            return InputNames.DEFAULT;
        }
        if (!node.isObject()) {
            throw invalid("inputNames", "must be an object like {\"ids\": \"input_ids\", \"mask\": \"attention_mask\", \"types\": \"token_type_ids\"}");
        }
        return new InputNames(inputName(node, "ids", InputNames.DEFAULT.ids()),
                inputName(node, "mask", InputNames.DEFAULT.mask()), inputName(node, "types", InputNames.DEFAULT.types()));
    }

    private static String inputName(JsonNode inputNames, String field, String fallback) {
        JsonNode node = inputNames.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isString() || node.asString().isBlank()) {
            throw invalid("inputNames." + field, "must be a non-empty string");
        }
        return node.asString();
    }

    private static Map<String, Integer> vocabulary(Path folder) {
        Path file = folder.resolve(VOCABULARY);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(VOCABULARY + " is missing in " + folder);
        }
        Map<String, Integer> vocabulary = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int id = 0;
            for (String line = in.readLine(); line != null; line = in.readLine(), id++) {
                if (id == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                // Like the reference BERT loader: a token met twice keeps its last id.
                vocabulary.put(line, id);
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(VOCABULARY + " in " + folder + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (vocabulary.isEmpty()) {
            throw new IllegalArgumentException(VOCABULARY + " in " + folder + " is empty");
        }
        if (!vocabulary.containsKey(WordPieceTokenizer.UNKNOWN)) {
            throw new IllegalArgumentException(VOCABULARY + " in " + folder + " has no " + WordPieceTokenizer.UNKNOWN
                    + " token: it is not a WordPiece vocabulary");
        }
        return vocabulary;
    }

    private static FieldProblem invalid(String field, String problem) {
        return new FieldProblem(field, problem);
    }

    /** A wrong field of the settings, named with its folder once {@link #read} catches it. */
    private static final class FieldProblem extends RuntimeException {
        final String field;

        FieldProblem(String field, String problem) {
            super(problem, null, false, false);
            this.field = field;
        }
    }
}
