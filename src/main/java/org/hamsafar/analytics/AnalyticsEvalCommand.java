package org.hamsafar.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.basket.GroceriesEvaluation;
import org.hamsafar.analytics.churn.TelcoChurnEvaluation;
import org.hamsafar.analytics.clv.CdnowEvaluation;
import org.hamsafar.analytics.cohorts.CdnowCohortEvaluation;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar hamsafar.jar analytics-eval --dataset NAME [--datasets DIR]}: runs the product's
 * analytics code on a public dataset and prints the figures as JSON (with the published values they
 * are checked against), without starting the application. {@code DIR} defaults to
 * {@code ../shared/datasets}; {@code --list} names the datasets it knows.
 */
public final class AnalyticsEvalCommand {

    public static final String NAME = "analytics-eval";

    private AnalyticsEvalCommand() {
    }

    /** An evaluation: reads the dataset's folder and returns the figures. */
    interface Evaluation {
        Map<String, Object> run(Path folder) throws java.io.IOException;
    }

    /** A dataset this command knows: the folder it reads (under the datasets directory) and its evaluation. */
    record Dataset(String folder, Evaluation evaluation) {
    }

    /** The datasets by name. */
    static final Map<String, Dataset> DATASETS = datasets();

    private static Map<String, Dataset> datasets() {
        Map<String, Dataset> names = new LinkedHashMap<>();
        names.put("cdnow", new Dataset("cdnow", CdnowEvaluation::run));
        names.put("groceries", new Dataset("groceries", GroceriesEvaluation::run));
        names.put("mlxtend-toy", new Dataset("groceries", GroceriesEvaluation::mlxtendToy));
        names.put("telco-churn", new Dataset("telco-churn", TelcoChurnEvaluation::run));
        names.put("cdnow-cohorts", new Dataset("cdnow", CdnowCohortEvaluation::run));
        return names;
    }

    /** Runs the command; returns the process exit code (0 success, 2 bad arguments or files). */
    public static int run(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                return usage("unexpected argument " + args[i]);
            }
            String key = args[i].substring(2);
            options.put(key, key.equals("list") ? "true" : i + 1 < args.length ? args[++i] : "");
        }
        if (options.containsKey("list")) {
            System.out.println(String.join("\n", DATASETS.keySet()));
            return 0;
        }
        String name = options.get("dataset");
        if (name == null || name.isBlank()) {
            return usage("give --dataset NAME (one of " + DATASETS.keySet() + ")");
        }
        Dataset dataset = DATASETS.get(name);
        if (dataset == null) {
            return usage("unknown dataset " + name + "; one of " + DATASETS.keySet());
        }
        Path folder = Path.of(options.getOrDefault("datasets", "../shared/datasets"), dataset.folder());
        if (!Files.isDirectory(folder)) {
            return usage("no dataset folder " + folder.toAbsolutePath());
        }
        try {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("dataset", name);
            result.putAll(dataset.evaluation().run(folder));
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        } catch (java.io.IOException e) {
            return usage("cannot read: " + e.getMessage());
        }
    }

    private static int usage(String problem) {
        System.err.println(NAME + ": " + problem);
        System.err.println("usage: " + NAME + " --dataset NAME [--datasets DIR]");
        System.err.println("       " + NAME + " --list");
        return 2;
    }

    /** The names, for tests and the usage text. */
    static List<String> names() {
        return List.copyOf(DATASETS.keySet());
    }
}
