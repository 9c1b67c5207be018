package org.hamsafar.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The sentiment model shipped with the product: the lexicon blended with a linear classifier
 * trained, when the analyser starts, on the project's own labelled comments
 * ({@code text/corpus/*.tsv}: Persian food-delivery, shopping, telecom, banking, travel and app
 * comments, English reviews of the same kinds). No public dataset goes into it; those are for
 * evaluation only. Training is deterministic, so the version (a digest of every resource that
 * shapes the model) names exactly one model.
 */
final class BuiltInModel {

    static final String[] CORPUS = {
            "text/corpus/corpus-fa-a.tsv", "text/corpus/corpus-fa-b.tsv", "text/corpus/corpus-fa-c.tsv",
            "text/corpus/corpus-fa-d.tsv", "text/corpus/corpus-en.tsv"};

    /** Weight of the lexicon in the blend, chosen on the development splits (see docs/text-accuracy.md). */
    static final double LEXICON_WEIGHT = 0.35;

    private BuiltInModel() {
    }

    static BlendedSentimentModel train(TextReader reader, LexiconSentimentScorer scorer, TextFeatures features) {
        return train(reader, scorer, features, List.of(), version());
    }

    /**
     * The built-in model trained on the shipped corpus and {@code more} examples, named
     * {@code version}: what {@code text-eval --train-split} measures (how far the same model gets
     * with in-domain training data); the shipped model never sees public data.
     */
    static BlendedSentimentModel train(TextReader reader, LexiconSentimentScorer scorer, TextFeatures features,
                                       List<LabelledText> more, String version) {
        List<SoftmaxClassifier.Example> examples = new ArrayList<>();
        for (String file : CORPUS) {
            DictionaryFile.read(file, columns -> {
                if (columns.length < 2) {
                    throw new IllegalArgumentException("expected label and text");
                }
                examples.add(example(reader, scorer, features, columns[1], SentimentLabel.ofCode(columns[0])));
            });
        }
        for (LabelledText labelled : more) {
            examples.add(example(reader, scorer, features, labelled.text(), labelled.label()));
        }
        SoftmaxClassifier classifier = SoftmaxClassifier.train(
                examples, 3, TextFeatures.DIMENSION, SoftmaxClassifier.Training.standard());
        return new BlendedSentimentModel(version, features, classifier, LEXICON_WEIGHT);
    }

    private static SoftmaxClassifier.Example example(TextReader reader, LexiconSentimentScorer scorer, TextFeatures features,
                                                     String raw, SentimentLabel label) {
        ReadText text = reader.read(raw);
        return new SoftmaxClassifier.Example(features.of(text, scorer.score(text)), label.ordinal());
    }

    /** {@code builtin-} and the first 12 hex digits of a SHA-256 over the lexicons and the corpus. */
    static String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> files = new ArrayList<>(List.of(SentimentLexicon.WORD_FILES));
            files.addAll(List.of(SentimentLexicon.MODIFIER_FILES));
            files.add(SentimentLexicon.EMOJI_FILE);
            files.add(TextReader.INFORMAL_FA);
            files.addAll(List.of(CORPUS));
            for (String file : files) {
                try (InputStream in = BuiltInModel.class.getClassLoader().getResourceAsStream(file)) {
                    if (in != null) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            digest.update(Double.toString(LEXICON_WEIGHT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "builtin-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
