package org.hamsafar.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the evaluation of every known dataset as the Markdown of {@code docs/text-accuracy.md}:
 * a summary table against the published figures, then each dataset's confusion matrices. The
 * published figures are those the datasets' README cites.
 */
final class TextAccuracyReport {

    private TextAccuracyReport() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Map<String, Object>> results, Map<String, Map<String, Object>> inDomain, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# Text analytics: accuracy on public labelled data\n\n");
        md.append("Produced by `").append(command).append("` (test splits only; nothing here was used to build or tune the model).\n");
        md.append("Model: `").append(results.values().iterator().next().get("model")).append("`. ");
        md.append("On binary datasets a text counts as positive when its score is above 0.\n\n");
        md.append("""
                How the model was made: the lexicons and the ~12,900 labelled training comments (10,400 Persian, 2,500 English) under
                `src/main/resources/text/` are the project's own writing; no public dataset went into them. Tuning
                (the lexicon's weight in the blend, the weight of `فقط` as a contrast word) used only the
                development splits: `snappfood-fa/dev.tsv` and `sentipers-fa/train_original.csv`
                (`text-eval --dataset NAME --split dev|train`). The English datasets have no development split
                and were not tuned on. SentiPers is read as three classes (-2 and -1 negative, 0 neutral, +1
                and +2 positive) and as binary (neutral sentences left out).

                """);
        md.append("| dataset | measure | Hamsafar | published peer |\n|---|---|---|---|\n");
        row(md, results, "snappfood-fa", "binary", "accuracy", "ParsBERT 0.876 (goal ≥ 0.85)");
        row(md, results, "snappfood-fa", "binary", "macroF1", "ParsBERT F1 0.880");
        row(md, results, "sentipers-fa", "threeClass", "accuracy", "");
        row(md, results, "sentipers-fa", "threeClass", "macroF1", "(5-class F1: ParsBERT 0.711)");
        row(md, results, "sentipers-fa", "binary", "accuracy", "");
        row(md, results, "sentipers-fa", "binary", "macroF1", "ParsBERT 0.921 (binary derivation not stated)");
        row(md, results, "uci-sentiment-labelled-sentences", "amazon", "accuracy", "VADER 0.845");
        row(md, results, "uci-sentiment-labelled-sentences", "imdb", "accuracy", "VADER 0.796");
        row(md, results, "uci-sentiment-labelled-sentences", "yelp", "accuracy", "VADER 0.817");
        row(md, results, "vader-reference-en", "tweets", "pearson", "VADER 0.872");
        row(md, results, "vader-reference-en", "amazonSnippets", "pearson", "VADER 0.590");
        if (!inDomain.isEmpty()) {
            inDomainSection(md, results, inDomain);
        }
        for (Map.Entry<String, Map<String, Object>> dataset : results.entrySet()) {
            md.append("\n## ").append(dataset.getKey()).append("\n");
            for (Map.Entry<String, Object> part : dataset.getValue().entrySet()) {
                if (!(part.getValue() instanceof Map<?, ?> map) || !map.containsKey("rows")) {
                    continue;
                }
                Map<String, Object> r = (Map<String, Object>) map;
                md.append("\n### ").append(part.getKey()).append(" (").append(r.get("rows")).append(" texts)\n\n");
                if (r.containsKey("pearson")) {
                    md.append("Pearson r with the mean human rating: ").append(r.get("pearson")).append("\n");
                    continue;
                }
                md.append("Accuracy ").append(r.get("accuracy")).append(", macro-F1 ").append(r.get("macroF1")).append(".\n\n");
                Map<String, Map<String, Long>> matrix = (Map<String, Map<String, Long>>) ((Map<String, Object>) r.get("confusion")).get("matrix");
                List<String> labels = List.copyOf(matrix.keySet());
                md.append("| actual \\ predicted |");
                labels.forEach(l -> md.append(' ').append(l).append(" |"));
                md.append(" recall |\n|---|");
                labels.forEach(l -> md.append("---|"));
                md.append("---|\n");
                Map<String, Map<String, Object>> perClass = (Map<String, Map<String, Object>>) r.get("perClass");
                for (String actual : labels) {
                    md.append("| ").append(actual).append(" |");
                    labels.forEach(p -> md.append(' ').append(matrix.get(actual).get(p)).append(" |"));
                    md.append(' ').append(perClass.get(actual).get("recall")).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    /**
     * The same model trained on the corpus plus the dataset's own development split (an
     * experiment, {@code text-eval --train-split}): how much of the gap to a published figure is
     * the missing in-domain data and how much the model itself.
     */
    @SuppressWarnings("unchecked")
    private static void inDomainSection(StringBuilder md, Map<String, Map<String, Object>> results,
                                        Map<String, Map<String, Object>> inDomain) {
        md.append("""

                ## With in-domain training data (an experiment, not the shipped model)

                The same features and classifier trained on the project's corpus plus the dataset's own
                development split, then evaluated on its test split
                (`text-eval --dataset NAME --train-split dev|train`). The shipped model is never trained on
                public data; this only shows how far the model gets when it has seen the domain.

                | dataset | measure | shipped | corpus + development split |
                |---|---|---|---|
                """);
        for (Map.Entry<String, Map<String, Object>> dataset : inDomain.entrySet()) {
            for (Map.Entry<String, Object> part : dataset.getValue().entrySet()) {
                if (part.getValue() instanceof Map<?, ?> trained && trained.containsKey("accuracy")) {
                    Object shipped = ((Map<String, Object>) results.get(dataset.getKey()).get(part.getKey())).get("accuracy");
                    md.append(String.format(Locale.ROOT, "| %s (trained on %s) | %s accuracy | %s | %s |%n", dataset.getKey(),
                            TextEvaluation.DEVELOPMENT_SPLITS.get(dataset.getKey()), part.getKey(), shipped, trained.get("accuracy")));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void row(StringBuilder md, Map<String, Map<String, Object>> results, String dataset, String part, String measure,
                            String peer) {
        Map<String, Object> r = results.get(dataset);
        Object value = r == null || !(r.get(part) instanceof Map<?, ?> m) ? null : ((Map<String, Object>) m).get(measure);
        md.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s |%n", dataset, part, measure, value == null ? "not run" : value, peer));
    }
}
