package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code text-eval}: the command prints accuracy, macro-F1 and the confusion matrix as JSON. */
class TextEvalCommandTest {

    private static final Path DATASETS = Path.of("../shared/datasets");

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = TextEvalCommand.run(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void evaluatesAnyLabelledFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, """
                text,label
                "خیلی خوب بود، ممنون",positive
                "افتضاح بود، دیگه سفارش نمیدم",negative
                "The product is excellent",positive
                "Terrible support, never again",negative
                """);

        Run run = run("text-eval", "--file", file.toString(), "--format", "csv", "--header", "--text-column", "0", "--label-column", "1");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode binary = run.json().get("binary");
        assertThat(binary.get("rows").asInt()).isEqualTo(4);
        assertThat(binary.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(binary.get("confusion").get("matrix").get("negative").get("negative").asInt()).isEqualTo(2);
        assertThat(run.json().get("model").asString()).isEqualTo(TextAnalyzer.shipped().modelVersion());
    }

    @Test
    void wrongArgumentsExplainThemselves() {
        Run unknown = run("text-eval", "--dataset", "no-such-dataset", "--datasets", "/nonexistent");
        Run nothing = run("text-eval");
        Run format = run("text-eval", "--file", "x", "--format", "xml");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no dataset folder");
        assertThat(nothing.err()).contains("usage: text-eval");
        assertThat(format.err()).contains("--format must be tsv or csv");
    }

    /**
     * {@code --train-split dev} trains the classifier on the corpus plus the dataset's dev split:
     * made-up words that only the dev split labels decide the test texts that carry them.
     */
    @Test
    void trainSplitTeachesTheModelTheDevelopmentSplit(@TempDir Path datasets) throws Exception {
        Path folder = Files.createDirectories(datasets.resolve("snappfood-fa"));
        StringBuilder dev = new StringBuilder("\tcomment\tlabel\tlabel_id\n");
        for (int i = 0; i < 60; i++) {
            dev.append(i).append("\tزرپلوک ").append(i % 7).append("\tHAPPY\t0\n");
            dev.append(i).append("\tکمبوتیک ").append(i % 7).append("\tSAD\t1\n");
        }
        Files.writeString(folder.resolve("dev.tsv"), dev);
        Files.writeString(folder.resolve("test.tsv"), """
                \tcomment\tlabel\tlabel_id
                0\tزرپلوک زرپلوک\tHAPPY\t0
                1\tکمبوتیک کمبوتیک\tSAD\t1
                2\tزرپلوک\tHAPPY\t0
                3\tکمبوتیک\tSAD\t1
                """);

        Run trained = run("text-eval", "--dataset", "snappfood-fa", "--datasets", datasets.toString(), "--train-split", "dev");
        Run wrongSplit = run("text-eval", "--dataset", "snappfood-fa", "--datasets", datasets.toString(), "--train-split", "train");
        Run noDataset = run("text-eval", "--all", "--train-split", "dev");

        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(trained.json().get("model").asString()).isEqualTo(TextAnalyzer.shipped().modelVersion() + "+dev");
        assertThat(trained.json().get("binary").get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(wrongSplit.exit()).isEqualTo(2);
        assertThat(wrongSplit.err()).contains("snappfood-fa has one development split: dev");
        assertThat(noDataset.err()).contains("--train-split needs --dataset");
    }

    /** A floor, well below the figure in docs/text-accuracy.md, that catches a broken lexicon or model. */
    @Test
    void persianFoodDeliveryCommentsStayAboveTheFloor() {
        assumeTrue(Files.isDirectory(DATASETS.resolve("snappfood-fa")), "the public datasets are beside the checkout");

        Run run = run("text-eval", "--dataset", "snappfood-fa", "--datasets", DATASETS.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("binary").get("rows").asInt()).isEqualTo(7000);
        assertThat(run.json().get("binary").get("accuracy").asDouble()).isGreaterThan(0.78);
    }
}
