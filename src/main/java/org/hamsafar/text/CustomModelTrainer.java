package org.hamsafar.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains an organisation's own sentiment classifier from its labelled examples: a stratified
 * 80/20 split (the same examples always split the same way), the linear classifier of the
 * built-in model trained on the 80% (same features, including the lexicon's verdict, so few
 * examples go a long way), and both it and the built-in model evaluated on the held-out 20%,
 * so the organisation sees whether its model is better before making it active.
 */
final class CustomModelTrainer {

    static final int MIN_EXAMPLES = 30;
    static final int MIN_PER_CLASS = 5;
    private static final double HELD_OUT = 0.2;
    private static final long SEED = 20_261_123L;

    /** A trained model with its held-out evaluation. */
    record Trained(SoftmaxClassifier classifier, int trainExamples, int testExamples, double accuracy, double macroF1,
                   double builtinAccuracy, Map<String, Object> evaluation) {
    }

    private final TextResources resources;
    private final SentimentModel builtin;

    CustomModelTrainer(TextResources resources, SentimentModel builtin) {
        this.resources = resources;
        this.builtin = builtin;
    }

    Trained train(List<LabelledText> examples) {
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        split(examples, train, test);
        List<SoftmaxClassifier.Example> features = new ArrayList<>(train.size());
        for (LabelledText example : train) {
            ReadText text = resources.reader().read(example.text());
            features.add(new SoftmaxClassifier.Example(resources.features().of(text, resources.scorer().score(text)), example.label().ordinal()));
        }
        SoftmaxClassifier classifier = SoftmaxClassifier.train(features, 3, TextFeatures.DIMENSION, SoftmaxClassifier.Training.standard());
        List<SentimentLabel> classes = classesOf(examples);
        ClassificationReport own = new ClassificationReport(classes);
        ClassificationReport reference = new ClassificationReport(classes);
        SentimentModel model = asModel("held-out", classifier);
        for (LabelledText example : test) {
            ReadText text = resources.reader().read(example.text());
            LexiconScore lexicon = resources.scorer().score(text);
            own.add(example.label(), within(classes, model.sentiment(text, lexicon)));
            reference.add(example.label(), within(classes, builtin.sentiment(text, lexicon)));
        }
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("model", own.toMap());
        evaluation.put("builtin", reference.toMap());
        return new Trained(classifier, train.size(), test.size(), ClassificationReport.round(own.accuracy()),
                ClassificationReport.round(own.macroF1()), ClassificationReport.round(reference.accuracy()), evaluation);
    }

    /** A custom model reads only through its classifier: the lexicon is one of its features already. */
    SentimentModel asModel(String version, SoftmaxClassifier classifier) {
        return new BlendedSentimentModel(version, resources.features(), classifier, 0);
    }

    /** Every class keeps 20% of its examples (at least one) for testing; shuffled with a fixed seed. */
    private static void split(List<LabelledText> examples, List<LabelledText> train, List<LabelledText> test) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (SentimentLabel label : SentimentLabel.values()) {
            List<LabelledText> ofLabel = new ArrayList<>(examples.stream().filter(e -> e.label() == label).toList());
            for (int i = ofLabel.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                LabelledText t = ofLabel.get(i);
                ofLabel.set(i, ofLabel.get(j));
                ofLabel.set(j, t);
            }
            int held = ofLabel.isEmpty() ? 0 : Math.max(1, (int) Math.round(ofLabel.size() * HELD_OUT));
            test.addAll(ofLabel.subList(0, held));
            train.addAll(ofLabel.subList(held, ofLabel.size()));
        }
    }

    private static List<SentimentLabel> classesOf(List<LabelledText> examples) {
        return java.util.Arrays.stream(SentimentLabel.values()).filter(l -> examples.stream().anyMatch(e -> e.label() == l)).toList();
    }

    /**
     * A prediction outside the labelled classes (neutral when only positive and negative were
     * labelled) counts as the class nearest its score on negative -1, neutral 0, positive +1.
     */
    private static SentimentLabel within(List<SentimentLabel> classes, Sentiment sentiment) {
        if (classes.contains(sentiment.label())) {
            return sentiment.label();
        }
        SentimentLabel nearest = classes.get(0);
        for (SentimentLabel label : classes) {
            if (Math.abs(label.ordinal() - 1 - sentiment.score()) < Math.abs(nearest.ordinal() - 1 - sentiment.score())) {
                nearest = label;
            }
        }
        return nearest;
    }

    /** Why these examples cannot train a model, or null when they can. */
    static String unusable(List<LabelledText> examples) {
        if (examples.size() < MIN_EXAMPLES) {
            return "at least " + MIN_EXAMPLES + " usable examples are needed; got " + examples.size();
        }
        long classes = java.util.Arrays.stream(SentimentLabel.values())
                .filter(l -> examples.stream().filter(e -> e.label() == l).count() >= MIN_PER_CLASS).count();
        return classes < 2 ? "at least two labels need " + MIN_PER_CLASS + " examples each" : null;
    }
}
