package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxSentimentModelTest {

    private static final String SETTINGS = """
            {"name": "tiny", "language": "en", "labels": ["negative", "neutral", "positive"],
             "maxLength": 16, "lowercase": true}""";

    private static final TextReader READER = new TextReader(Map.of(), Map.of());
    private static final LexiconScore NO_LEXICON = new LexiconScore(0, 0, 0, new double[0]);

    @TempDir
    Path dir;

    /** Columns: negative, neutral, positive. Sentiment words push their logit, the rest lean neutral. */
    private static TinyOnnxModel threeLabels() {
        return new TinyOnnxModel(3)
                .token("[PAD]", 0, 0, 0)
                .token("[UNK]", 0, 0, 0)
                .token("[CLS]", 0, 0.5f, 0)
                .token("[SEP]", 0, 0.5f, 0)
                .token("great", 0, 0, 4)
                .token("awful", 4, 0, 0)
                .token("عالی", 0, 0, 4)
                .token("افتضاح", 4, 0, 0)
                .token("the", 0, 0.25f, 0)
                .token("food", 0, 0.25f, 0.1f)
                .token("was", 0, 0.25f, 0)
                .token("driver", 0, 0.25f, 0)
                .token("غذا", 0, 0.25f, 0)
                .token("بود", 0, 0.25f, 0)
                .token("un", 0.5f, 0, 0)
                .token("##happy", 0.75f, 0, 0.25f);
    }

    /** The hand computation: the mean of the tokens' rows, then softmax. */
    private static double[] expected(TinyOnnxModel model, String... tokens) {
        int k = model.row(tokens[0]).length;
        double[] mean = new double[k];
        for (String token : tokens) {
            float[] row = model.row(token);
            for (int c = 0; c < k; c++) {
                mean[c] += row[c] / tokens.length;
            }
        }
        double sum = 0;
        double[] p = new double[k];
        for (int c = 0; c < k; c++) {
            p[c] = Math.exp(mean[c]);
            sum += p[c];
        }
        for (int c = 0; c < k; c++) {
            p[c] /= sum;
        }
        return p;
    }

    private static Sentiment sentimentOf(OnnxSentimentModel model, String text) {
        return model.sentiment(READER.read(text), NO_LEXICON);
    }

    @Test
    void readsEnglishAndPersianSentimentAsTheEmbeddingSays() {
        TinyOnnxModel tiny = threeLabels();
        try (OnnxSentimentModel model = OnnxSentimentModel.load(tiny.writeTo(dir, SETTINGS))) {
            assertThat(sentimentOf(model, "The food was great!").label()).isEqualTo(SentimentLabel.POSITIVE);
            assertThat(sentimentOf(model, "The food was AWFUL.").label()).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(sentimentOf(model, "غذا عالی بود").label()).isEqualTo(SentimentLabel.POSITIVE);
            assertThat(sentimentOf(model, "غذا افتضاح بود").label()).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(sentimentOf(model, "the food was").label()).isEqualTo(SentimentLabel.NEUTRAL);

            // [CLS] the food was great ! [SEP]: "!" is not in the vocabulary, so it is [UNK]
            double[] p = model.probabilities("The food was great!");
            double[] hand = expected(tiny, "[CLS]", "the", "food", "was", "great", "[UNK]", "[SEP]");
            assertThat(p).hasSize(3);
            for (int c = 0; c < 3; c++) {
                assertThat(p[c]).as("class %d", c).isCloseTo(hand[c], within(1e-5));
            }
            Sentiment sentiment = sentimentOf(model, "The food was great!");
            assertThat(sentiment.score()).isCloseTo(hand[2] - hand[0], within(1e-3));
            assertThat(sentiment.confidence()).isCloseTo(hand[2], within(1e-3));

            // WordPiece reaches the graph: unhappy is un ##happy
            double[] pieces = model.probabilities("unhappy");
            double[] handPieces = expected(tiny, "[CLS]", "un", "##happy", "[SEP]");
            for (int c = 0; c < 3; c++) {
                assertThat(pieces[c]).isCloseTo(handPieces[c], within(1e-5));
            }
            assertThat(sentimentOf(model, "unhappy").label()).isEqualTo(SentimentLabel.NEGATIVE);
        }
    }

    @Test
    void versionNamesTheModelAndItsDigest() throws Exception {
        TinyOnnxModel tiny = threeLabels();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tiny.modelBytes()));
        try (OnnxSentimentModel model = OnnxSentimentModel.load(tiny.writeTo(dir, SETTINGS))) {
            assertThat(model.version()).isEqualTo("onnx-tiny-" + digest.substring(0, 12));
            assertThat(model.language()).isEqualTo(Language.EN);
            assertThat(model.labels()).containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
        }
    }

    @Test
    void readsEachSentenceOfALongerTextOnItsOwn() {
        try (OnnxSentimentModel model = OnnxSentimentModel.load(threeLabels().writeTo(dir, SETTINGS))) {
            ReadText text = READER.read("The food was awful. The driver was great!");
            List<Sentence> sentences = text.tokens().sentences();
            assertThat(sentences).hasSize(2);

            Sentence first = sentences.get(0);
            Sentence second = sentences.get(1);
            ReadText firstOnly = text.slice(first.firstToken(), first.endToken());
            ReadText secondOnly = text.slice(second.firstToken(), second.endToken());

            assertThat(model.sentiment(firstOnly, NO_LEXICON).label()).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(model.sentiment(secondOnly, NO_LEXICON).label()).isEqualTo(SentimentLabel.POSITIVE);
        }
    }

    @Test
    void aTextWithoutTokensHasNoSentiment() {
        try (OnnxSentimentModel model = OnnxSentimentModel.load(threeLabels().writeTo(dir, SETTINGS))) {
            assertThat(sentimentOf(model, "")).isEqualTo(Sentiment.none());
            assertThat(sentimentOf(model, "   \n ")).isEqualTo(Sentiment.none());
            assertThat(model.probabilities("\u200C ")).isNull();
        }
    }

    @Test
    void twoLabelModelScoresPositiveMinusNegative() {
        TinyOnnxModel tiny = new TinyOnnxModel(2)
                .token("[UNK]", 0, 0)
                .token("great", 0, 3)
                .token("awful", 3, 0)
                .token("service", 0.5f, 0);
        String settings = """
                {"name": "tiny-binary", "language": "en", "labels": ["negative", "positive"], "maxLength": 8, "lowercase": false}""";
        try (OnnxSentimentModel model = OnnxSentimentModel.load(tiny.writeTo(dir, settings))) {
            // no [CLS]/[SEP] in this vocabulary, and it is cased: "Great" is unknown
            double[] hand = expected(tiny, "service", "great");
            Sentiment sentiment = sentimentOf(model, "service great");
            assertThat(sentiment.label()).isEqualTo(SentimentLabel.POSITIVE);
            assertThat(sentiment.score()).isCloseTo(hand[1] - hand[0], within(1e-3));
            assertThat(model.probabilities("service great")).containsExactly(new double[] {hand[0], hand[1]}, within(1e-5));

            double[] unknown = expected(tiny, "service", "[UNK]");
            assertThat(model.probabilities("service Great")).containsExactly(new double[] {unknown[0], unknown[1]}, within(1e-5));
            assertThat(sentimentOf(model, "service Great").label()).isEqualTo(SentimentLabel.NEGATIVE);
        }
    }

    @Test
    void feedsAnAttentionMaskWhenTheGraphDeclaresOne() {
        TinyOnnxModel tiny = threeLabels().extraInput("attention_mask").extraInput("token_type_ids");
        try (OnnxSentimentModel model = OnnxSentimentModel.load(tiny.writeTo(dir, SETTINGS))) {
            assertThat(sentimentOf(model, "great").label()).isEqualTo(SentimentLabel.POSITIVE);
        }
    }

    @Test
    void runsConcurrentlyWithTheSameResults() throws Exception {
        try (OnnxSentimentModel model = OnnxSentimentModel.load(threeLabels().writeTo(dir, SETTINGS))) {
            String[] texts = {"The food was great!", "غذا افتضاح بود", "the driver was", "awful awful great"};
            List<Sentiment> alone = new ArrayList<>();
            for (String text : texts) {
                alone.add(sentimentOf(model, text));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Sentiment>> futures = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String text = texts[i % texts.length];
                    futures.add(pool.submit(() -> sentimentOf(model, text)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(alone.get(i % texts.length));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aClosedModelRefusesToRun() {
        OnnxSentimentModel model = OnnxSentimentModel.load(threeLabels().writeTo(dir, SETTINGS));
        model.close();
        model.close(); // twice is harmless

        assertThatThrownBy(() -> sentimentOf(model, "great"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void missingVocabularyIsNamed() throws Exception {
        Path folder = threeLabels().writeTo(dir, SETTINGS);
        Files.delete(folder.resolve("vocab.txt"));

        assertThatThrownBy(() -> OnnxSentimentModel.load(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vocab.txt is missing in " + folder);
    }

    @Test
    void labelsThatDoNotMatchTheLogitsAreRefused() {
        String twoLabels = """
                {"name": "tiny", "language": "en", "labels": ["negative", "positive"], "maxLength": 16, "lowercase": true}""";
        Path folder = threeLabels().writeTo(dir, twoLabels);

        assertThatThrownBy(() -> OnnxSentimentModel.load(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.onnx in " + folder)
                .hasMessageContaining("gives 3 logits per text but hamsafar-model.json lists 2 labels [negative, positive]");
    }

    @Test
    void inputsTheSettingsDoNotNameAreRefused() {
        Path withPositions = threeLabels().extraInput("position_ids").writeTo(dir.resolve("a"), SETTINGS);
        assertThatThrownBy(() -> OnnxSentimentModel.load(withPositions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs input \"position_ids\"");

        String renamed = """
                {"name": "tiny", "language": "en", "labels": ["negative", "neutral", "positive"], "maxLength": 16,
                 "lowercase": true, "inputNames": {"ids": "ids"}}""";
        Path wrongIds = threeLabels().writeTo(dir.resolve("b"), renamed);
        assertThatThrownBy(() -> OnnxSentimentModel.load(wrongIds))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no input \"ids\" for the token ids (inputNames.ids");
    }

    @Test
    void aFileThatIsNoOnnxModelIsRefusedClearly() throws Exception {
        Path folder = threeLabels().writeTo(dir, SETTINGS);
        Files.writeString(folder.resolve("model.onnx"), "not a model");

        assertThatThrownBy(() -> OnnxSentimentModel.load(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("model.onnx in " + folder + " cannot be loaded by ONNX Runtime");
    }
}
