package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder and its settings are checked without running anything: model.onnx here is any bytes. */
class OnnxModelFilesTest {

    private static final String VALID = """
            {"name": "parsbert-sentiment", "language": "fa", "labels": ["negative", "neutral", "positive"],
             "maxLength": 128, "lowercase": true}""";

    @TempDir
    Path folder;

    private Path write(String settings, String vocabulary) throws IOException {
        Files.write(folder.resolve("model.onnx"), new byte[] {1, 2, 3});
        Files.writeString(folder.resolve("vocab.txt"), vocabulary, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("hamsafar-model.json"), settings, StandardCharsets.UTF_8);
        return folder;
    }

    private Path write(String settings) throws IOException {
        return write(settings, "[PAD]\n[UNK]\n[CLS]\n[SEP]\nخوب\n##ی\n");
    }

    @Test
    void readsSettingsVocabularyAndDefaultInputNames() throws IOException {
        OnnxModelFiles files = OnnxModelFiles.read(write(VALID, "\uFEFF[PAD]\n[UNK]\r\n[CLS]\n[SEP]\nخوب\n##ی\n"));

        assertThat(files.name()).isEqualTo("parsbert-sentiment");
        assertThat(files.language()).isEqualTo(Language.FA);
        assertThat(files.labels()).containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
        assertThat(files.maxLength()).isEqualTo(128);
        assertThat(files.lowercase()).isTrue();
        assertThat(files.inputNames()).isEqualTo(new OnnxModelFiles.InputNames("input_ids", "attention_mask", "token_type_ids"));
        // ids are line numbers; a byte-order mark and CR line ends do not become part of a token
        assertThat(files.vocabulary()).containsEntry("[PAD]", 0).containsEntry("[UNK]", 1).containsEntry("[CLS]", 2)
                .containsEntry("خوب", 4).containsEntry("##ی", 5).hasSize(6);
        // SHA-256 of the bytes 01 02 03
        assertThat(files.modelDigest()).isEqualTo("039058c6f2c0");
    }

    @Test
    void inputNamesMayBeRenamedOneByOne() throws IOException {
        OnnxModelFiles files = OnnxModelFiles.read(write("""
                {"name": "m", "language": "en", "labels": ["negative", "positive"], "maxLength": 64, "lowercase": false,
                 "inputNames": {"ids": "ids", "types": "segment_ids"}}"""));

        assertThat(files.inputNames()).isEqualTo(new OnnxModelFiles.InputNames("ids", "attention_mask", "segment_ids"));
        assertThat(files.labels()).containsExactly(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        assertThat(files.lowercase()).isFalse();
    }

    private void assertRefused(String settings, String message) throws IOException {
        Path folder = write(settings);
        assertThatThrownBy(() -> OnnxModelFiles.read(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hamsafar-model.json in " + folder + ": " + message);
    }

    @Test
    void namesTheFieldThatIsMissingOrWrong() throws IOException {
        assertRefused("""
                {"language": "fa", "labels": ["negative", "positive"], "maxLength": 128, "lowercase": true}""",
                "\"name\" is required");
        assertRefused("""
                {"name": "a b", "language": "fa", "labels": ["negative", "positive"], "maxLength": 128, "lowercase": true}""",
                "\"name\" must be 1 to 46 letters, digits, '.', '_' or '-' (starting with a letter or digit), not \"a b\"");
        assertRefused("""
                {"name": "m", "language": "de", "labels": ["negative", "positive"], "maxLength": 128, "lowercase": true}""",
                "\"language\" must be \"fa\" or \"en\", not \"de\"");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["negative", "happy"], "maxLength": 128, "lowercase": true}""",
                "\"labels\" may hold only \"negative\", \"neutral\" and \"positive\", not \"happy\"");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["positive", "positive"], "maxLength": 128, "lowercase": true}""",
                "\"labels\" names \"positive\" twice");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["positive"], "maxLength": 128, "lowercase": true}""",
                "\"labels\" must list 2 or 3 of \"negative\", \"neutral\", \"positive\" in the order of the model's outputs");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["negative", "positive"], "maxLength": "128", "lowercase": true}""",
                "\"maxLength\" must be a whole number from 3 to 8192, not \"128\"");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["negative", "positive"], "maxLength": 128}""",
                "\"lowercase\" is required: true for an uncased model, false for a cased one");
        assertRefused("""
                {"name": "m", "language": "fa", "labels": ["negative", "positive"], "maxLength": 128, "lowercase": true,
                 "inputNames": {"mask": ""}}""",
                "\"inputNames.mask\" must be a non-empty string");
    }

    @Test
    void namesTheFileThatIsMissingOrUnreadable() throws IOException {
        Path folder = write(VALID);
        Files.writeString(folder.resolve("hamsafar-model.json"), "{\"name\": ");
        assertThatThrownBy(() -> OnnxModelFiles.read(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hamsafar-model.json in " + folder + " is not valid JSON");

        Files.delete(folder.resolve("hamsafar-model.json"));
        assertThatThrownBy(() -> OnnxModelFiles.read(folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hamsafar-model.json is missing in " + folder);

        Files.delete(folder.resolve("model.onnx"));
        assertThatThrownBy(() -> OnnxModelFiles.read(folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("model.onnx is missing in " + folder);

        assertThatThrownBy(() -> OnnxModelFiles.read(folder.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aVocabularyWithoutUnknownTokenIsNoWordPieceVocabulary() throws IOException {
        Path folder = write(VALID, "<s>\n</s>\nhello\n");

        assertThatThrownBy(() -> OnnxModelFiles.read(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("vocab.txt in " + folder + " has no [UNK] token: it is not a WordPiece vocabulary");
    }
}
