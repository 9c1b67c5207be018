package org.hamsafar.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the analyser over labelled public datasets and reports how well it does: accuracy,
 * macro-F1 and the confusion matrix for labelled classes, Pearson's r for human ratings. On a
 * binary dataset a text counts as positive when its score is above 0 (the analyser's neutral
 * class does not exist there). Knows the layouts of the datasets in {@code shared/datasets}.
 */
final class TextEvaluation {

    static final List<String> DATASETS = List.of(
            "snappfood-fa", "sentipers-fa", "uci-sentiment-labelled-sentences", "vader-reference-en");

    /** The datasets with a development split, and its name. */
    static final Map<String, String> DEVELOPMENT_SPLITS = new TreeMap<>(Map.of("snappfood-fa", "dev", "sentipers-fa", "train"));

    private static final List<SentimentLabel> BINARY = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
    private static final List<SentimentLabel> THREE = List.of(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);

    private final TextAnalyzer analyzer;

    TextEvaluation(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Evaluates a known dataset folder; {@code split} is {@code test} or a development split ({@code dev}, {@code train}). */
    Map<String, Object> dataset(Path folder, String name, String split) throws IOException {
        Map<String, Object> out = header(name, split);
        switch (name) {
            case "snappfood-fa" -> out.put("binary", classify(labelled(folder, name, split), true));
            case "sentipers-fa" -> {
                List<LabelledText> texts = labelled(folder, name, split);
                out.put("threeClass", classify(texts, false));
                out.put("binary", classify(texts.stream().filter(t -> t.label() != SentimentLabel.NEUTRAL).toList(), true));
            }
            case "uci-sentiment-labelled-sentences" -> {
                for (String source : List.of("amazon_cells", "imdb", "yelp")) {
                    Path file = existing(folder.resolve(source + "_labelled.txt"));
                    out.put(source.replace("_cells", ""), classify(LabelledFileReader.readTextTabLabel(file), true));
                }
            }
            case "vader-reference-en" -> {
                out.put("tweets", correlate(LabelledFileReader.readRatings(existing(folder.resolve("tweets_GroundTruth.txt")))));
                out.put("amazonSnippets", correlate(LabelledFileReader.readRatings(existing(folder.resolve("amazonReviewSnippets_GroundTruth.txt")))));
            }
            default -> throw new IllegalArgumentException("unknown dataset " + name + "; known: " + String.join(", ", DATASETS)
                    + " (use --file and --format for other files)");
        }
        return out;
    }

    /**
     * The labelled texts of a development split of a known dataset with one ({@code snappfood-fa}:
     * dev, {@code sentipers-fa}: train), for {@code text-eval --train-split}.
     */
    static List<LabelledText> developmentSplit(Path folder, String name, String split) throws IOException {
        String development = DEVELOPMENT_SPLITS.get(name);
        if (development == null) {
            throw new IllegalArgumentException(name + " has no development split to train on");
        }
        if (!development.equals(split)) {
            throw new IllegalArgumentException(name + " has one development split: " + development);
        }
        return labelled(folder, name, split);
    }

    /** The labelled texts of a split of the Persian datasets, in their own layouts. */
    private static List<LabelledText> labelled(Path folder, String name, String split) throws IOException {
        return name.equals("snappfood-fa")
                ? LabelledFileReader.read(existing(folder.resolve(split + ".tsv")), '\t', true, 1, 2, new int[1])
                : LabelledFileReader.read(existing(folder.resolve(split.equals("test") ? "test.csv" : "train_original.csv")),
                        ',', false, 0, 1, new int[1]);
    }

    /** Evaluates any labelled file. */
    Map<String, Object> file(Path file, char delimiter, boolean header, int textColumn, int labelColumn) throws IOException {
        int[] skipped = new int[1];
        List<LabelledText> texts = LabelledFileReader.read(existing(file), delimiter, header, textColumn, labelColumn, skipped);
        Map<String, Object> out = header(file.getFileName().toString(), "file");
        boolean binary = texts.stream().noneMatch(t -> t.label() == SentimentLabel.NEUTRAL);
        out.put(binary ? "binary" : "threeClass", classify(texts, binary));
        out.put("skippedRows", skipped[0]);
        return out;
    }

    private Map<String, Object> header(String name, String split) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataset", name);
        out.put("split", split);
        out.put("model", analyzer.modelVersion());
        return out;
    }

    Map<String, Object> classify(List<LabelledText> texts, boolean binary) {
        ClassificationReport report = new ClassificationReport(binary ? BINARY : THREE);
        long started = System.nanoTime();
        for (LabelledText text : texts) {
            Sentiment sentiment = analyzer.sentiment(text.text());
            SentimentLabel predicted = binary
                    ? (sentiment.score() > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE)
                    : sentiment.label();
            report.add(text.label(), predicted);
        }
        Map<String, Object> out = report.toMap();
        out.put("textsPerSecond", Math.round(texts.size() / ((System.nanoTime() - started) / 1e9)));
        return out;
    }

    Map<String, Object> correlate(List<LabelledText> texts) {
        double[] ratings = new double[texts.size()];
        double[] scores = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            ratings[i] = texts.get(i).rating();
            scores[i] = analyzer.sentiment(texts.get(i).text()).score();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", texts.size());
        out.put("pearson", ClassificationReport.round(ClassificationReport.pearson(scores, ratings)));
        return out;
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        return file;
    }
}
