package org.hamsafar.text;

import java.util.Arrays;

/** Hashed features of one text: indices into a fixed dimension with their values (an index may repeat; values add up). */
final class SparseVector {

    private int[] indices = new int[64];
    private float[] values = new float[64];
    private int size;

    void add(int index, float value) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = index;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    int index(int i) {
        return indices[i];
    }

    float value(int i) {
        return values[i];
    }

    /** Scales the values from {@code from} on to unit length (L2), so long texts do not weigh more than short ones. */
    void normalize(int from) {
        double sum = 0;
        for (int i = from; i < size; i++) {
            sum += values[i] * values[i];
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = from; i < size; i++) {
                values[i] *= scale;
            }
        }
    }
}
