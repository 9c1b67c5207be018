package org.hamsafar.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Multinomial logistic regression over hashed sparse features (weights per class and feature
 * bucket, a bias per class). Trained by stochastic gradient descent with AdaGrad step sizes and
 * an L2 penalty on the weights a text touches, classes weighed by inverse frequency so a rare
 * class (neutral) is not ignored. Deterministic: the same examples and seed give the same model.
 * Prediction is thread-safe; the weights never change after training.
 */
final class SoftmaxClassifier {

    private final int classes;
    private final int dimension;
    private final float[][] weights;
    private final float[] bias;

    private SoftmaxClassifier(int classes, int dimension, float[][] weights, float[] bias) {
        this.classes = classes;
        this.dimension = dimension;
        this.weights = weights;
        this.bias = bias;
    }

    int classes() {
        return classes;
    }

    /** The probability of each class for the features. */
    double[] probabilities(SparseVector x) {
        double[] scores = new double[classes];
        for (int c = 0; c < classes; c++) {
            float[] w = weights[c];
            double s = bias[c];
            for (int i = 0; i < x.size(); i++) {
                s += w[x.index(i)] * x.value(i);
            }
            scores[c] = s;
        }
        return softmax(scores);
    }

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
        return scores;
    }

    /** One training example: features and class index. */
    record Example(SparseVector features, int label) {
    }

    /** Training settings: passes over the data, AdaGrad base step, L2 penalty, shuffling seed. */
    record Training(int epochs, double learningRate, double l2, long seed) {
        static Training standard() {
            return new Training(12, 0.3, 1e-5, 42);
        }
    }

    static SoftmaxClassifier train(List<Example> examples, int classes, int dimension, Training training) {
        float[][] w = new float[classes][dimension];
        float[][] g2 = new float[classes][dimension];
        float[] b = new float[classes];
        float[] bg2 = new float[classes];
        double[] classWeight = classWeights(examples, classes);
        SoftmaxClassifier model = new SoftmaxClassifier(classes, dimension, w, b);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(training.seed());
        for (int epoch = 0; epoch < training.epochs(); epoch++) {
            shuffle(order, random);
            for (int index : order) {
                Example example = examples.get(index);
                double[] p = model.probabilities(example.features());
                SparseVector x = example.features();
                for (int c = 0; c < classes; c++) {
                    double error = (p[c] - (example.label() == c ? 1 : 0)) * classWeight[example.label()];
                    for (int i = 0; i < x.size(); i++) {
                        int j = x.index(i);
                        double grad = error * x.value(i) + training.l2() * w[c][j];
                        g2[c][j] += (float) (grad * grad);
                        w[c][j] -= (float) (training.learningRate() * grad / Math.sqrt(g2[c][j] + 1e-8));
                    }
                    bg2[c] += (float) (error * error);
                    b[c] -= (float) (training.learningRate() * error / Math.sqrt(bg2[c] + 1e-8));
                }
            }
        }
        return model;
    }

    private static double[] classWeights(List<Example> examples, int classes) {
        int[] counts = new int[classes];
        examples.forEach(e -> counts[e.label()]++);
        double[] weight = new double[classes];
        for (int c = 0; c < classes; c++) {
            weight[c] = counts[c] == 0 ? 0 : (double) examples.size() / (classes * counts[c]);
        }
        return weight;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** The model as compressed bytes: non-zero weights only. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeInt(1); // format version
            out.writeInt(classes);
            out.writeInt(dimension);
            for (int c = 0; c < classes; c++) {
                out.writeFloat(bias[c]);
                int nonZero = 0;
                for (float v : weights[c]) {
                    nonZero += v != 0 ? 1 : 0;
                }
                out.writeInt(nonZero);
                for (int j = 0; j < dimension; j++) {
                    if (weights[c][j] != 0) {
                        out.writeInt(j);
                        out.writeFloat(weights[c][j]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static SoftmaxClassifier fromBytes(byte[] data) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
            int version = in.readInt();
            if (version != 1) {
                throw new IllegalArgumentException("unknown model format " + version);
            }
            int classes = in.readInt();
            int dimension = in.readInt();
            float[][] w = new float[classes][dimension];
            float[] b = new float[classes];
            for (int c = 0; c < classes; c++) {
                b[c] = in.readFloat();
                int nonZero = in.readInt();
                for (int k = 0; k < nonZero; k++) {
                    w[c][in.readInt()] = in.readFloat();
                }
            }
            return new SoftmaxClassifier(classes, dimension, w, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
