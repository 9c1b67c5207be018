package org.hamsafar.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar hamsafar.jar text-eval ...}: evaluates the built-in analyser on labelled data
 * and prints the result as JSON, without starting the application.
 * <pre>
 *   text-eval --dataset NAME [--datasets DIR] [--split test|dev|train] [--train-split dev|train]
 *   text-eval --all [--datasets DIR] [--report FILE]
 *   text-eval --file FILE --format tsv|csv [--header] [--text-column N] [--label-column N]
 * </pre>
 * {@code DIR} defaults to {@code ../shared/datasets}; columns are 0-based (defaults: text 0,
 * label 1). {@code --train-split} is an experiment, not the product: it trains the built-in
 * model's classifier on the shipped corpus plus that development split of the same dataset and
 * evaluates that model instead, to show how much in-domain training data would bring.
 */
public final class TextEvalCommand {

    public static final String NAME = "text-eval";

    private TextEvalCommand() {
    }

    /** Runs the command; returns the process exit code (0 success, 2 bad arguments or files). */
    public static int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                return usage("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            boolean flag = key.equals("header") || key.equals("all");
            options.put(key, flag ? "true" : i + 1 < args.length ? args[++i] : "");
        }
        try {
            Path datasets = Path.of(options.getOrDefault("datasets", "../shared/datasets"));
            TextEvaluation evaluation = new TextEvaluation(TextAnalyzer.shipped());
            if (options.containsKey("train-split")) {
                if (!options.containsKey("dataset")) {
                    return usage("--train-split needs --dataset");
                }
                evaluation = trainedOn(datasets, options.get("dataset"), options.get("train-split"));
            }
            Map<String, Object> result;
            if (options.containsKey("all")) {
                Map<String, Map<String, Object>> all = new LinkedHashMap<>();
                for (String name : TextEvaluation.DATASETS) {
                    Path folder = datasets.resolve(name);
                    if (Files.isDirectory(folder)) {
                        all.put(name, evaluation.dataset(folder, name, "test"));
                    }
                }
                if (all.isEmpty()) {
                    return usage("none of the datasets is in " + datasets.toAbsolutePath());
                }
                if (options.containsKey("report")) {
                    Map<String, Map<String, Object>> inDomain = new LinkedHashMap<>();
                    for (Map.Entry<String, String> trainable : TextEvaluation.DEVELOPMENT_SPLITS.entrySet()) {
                        if (all.containsKey(trainable.getKey())) {
                            inDomain.put(trainable.getKey(), trainedOn(datasets, trainable.getKey(), trainable.getValue())
                                    .dataset(datasets.resolve(trainable.getKey()), trainable.getKey(), "test"));
                        }
                    }
                    Files.writeString(Path.of(options.get("report")), TextAccuracyReport.markdown(all, inDomain,
                            "java -jar target/hamsafar.jar text-eval --all --report docs/text-accuracy.md"));
                }
                result = new LinkedHashMap<>(all);
            } else if (options.containsKey("dataset")) {
                Path folder = datasets.resolve(options.get("dataset"));
                if (!Files.isDirectory(folder)) {
                    return usage("no dataset folder " + folder.toAbsolutePath());
                }
                result = evaluation.dataset(folder, options.get("dataset"), options.getOrDefault("split", "test"));
            } else if (options.containsKey("file")) {
                String format = options.getOrDefault("format", "tsv");
                if (!format.equals("tsv") && !format.equals("csv")) {
                    return usage("--format must be tsv or csv");
                }
                result = evaluation.file(Path.of(options.get("file")), format.equals("tsv") ? '\t' : ',',
                        options.containsKey("header"), Integer.parseInt(options.getOrDefault("text-column", "0")),
                        Integer.parseInt(options.getOrDefault("label-column", "1")));
            } else {
                return usage("give --dataset NAME, --all or --file FILE");
            }
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (java.io.IOException e) {
            return usage("cannot read: " + e.getMessage());
        }
    }

    /**
     * An evaluation of the shipped analyser with its classifier trained on the corpus plus the
     * development split {@code split} of dataset {@code name}.
     */
    private static TextEvaluation trainedOn(Path datasets, String name, String split) throws java.io.IOException {
        List<LabelledText> more = TextEvaluation.developmentSplit(datasets.resolve(name), name, split);
        TextAnalyzer shipped = TextAnalyzer.shipped();
        TextResources resources = shipped.resources();
        return new TextEvaluation(shipped.withModel(BuiltInModel.train(resources.reader(), resources.scorer(), resources.features(),
                more, shipped.modelVersion() + "+" + split)));
    }

    private static int usage(String problem) {
        System.err.println("text-eval: " + problem);
        System.err.println("usage: text-eval --dataset NAME [--datasets DIR] [--split test|dev|train] [--train-split dev|train]");
        System.err.println("       text-eval --all [--datasets DIR] [--report FILE]");
        System.err.println("       text-eval --file FILE --format tsv|csv [--header] [--text-column N] [--label-column N]");
        return 2;
    }
}
