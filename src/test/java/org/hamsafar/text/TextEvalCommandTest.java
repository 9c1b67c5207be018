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
