package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftmaxClassifierTest {

    private static SparseVector features(int... indices) {
        SparseVector v = new SparseVector();
        for (int i : indices) {
            v.add(i, 1f);
        }
        return v;
    }

    /** Three classes, each marked by its own feature among shared noise features. */
    private static List<SoftmaxClassifier.Example> examples() {
        SplittableRandom random = new SplittableRandom(7);
        List<SoftmaxClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int label = i % 3;
            examples.add(new SoftmaxClassifier.Example(features(10 + label, 100 + random.nextInt(20), 200 + random.nextInt(20)), label));
        }
        return examples;
    }

    @Test
    void learnsClassesThatOneFeatureSeparates() {
        SoftmaxClassifier model = SoftmaxClassifier.train(examples(), 3, 1024, SoftmaxClassifier.Training.standard());

        for (int label = 0; label < 3; label++) {
            double[] p = model.probabilities(features(10 + label, 105, 207));
            assertThat(p[label]).as("class %d", label).isGreaterThan(0.9);
            assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        }
        double[] unknown = model.probabilities(features(500));
        assertThat(unknown[0]).as("no evidence: close to uniform").isCloseTo(1 / 3.0, within(0.1));
    }

    @Test
    void trainingIsDeterministicAndSurvivesSerialisation() {
        SoftmaxClassifier a = SoftmaxClassifier.train(examples(), 3, 1024, SoftmaxClassifier.Training.standard());
        SoftmaxClassifier b = SoftmaxClassifier.train(examples(), 3, 1024, SoftmaxClassifier.Training.standard());
        SoftmaxClassifier restored = SoftmaxClassifier.fromBytes(a.toBytes());

        SparseVector x = features(11, 103, 215);
        assertThat(b.probabilities(x)).containsExactly(a.probabilities(x));
        assertThat(restored.probabilities(x)).containsExactly(a.probabilities(x));
        assertThat(restored.classes()).isEqualTo(3);
    }
}
