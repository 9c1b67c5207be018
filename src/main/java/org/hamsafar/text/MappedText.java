package org.hamsafar.text;

import java.util.Arrays;

/**
 * A text being built by one normalisation pass: each char carries the original range it stands
 * for. Passes read one and write the next, so every rule only has to say which input chars an
 * output char came from.
 */
final class MappedText {

    private final StringBuilder chars;
    private int[] starts;
    private int[] ends;

    MappedText(int capacity) {
        int size = Math.max(16, capacity);
        chars = new StringBuilder(size);
        starts = new int[size];
        ends = new int[size];
    }

    int length() {
        return chars.length();
    }

    char charAt(int index) {
        return chars.charAt(index);
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }

    CharSequence chars() {
        return chars;
    }

    void append(char c, int start, int end) {
        int at = chars.length();
        if (at == starts.length) {
            starts = Arrays.copyOf(starts, at * 2);
            ends = Arrays.copyOf(ends, at * 2);
        }
        chars.append(c);
        starts[at] = start;
        ends[at] = end;
    }

    void appendCodePoint(int codePoint, int start, int end) {
        if (Character.isBmpCodePoint(codePoint)) {
            append((char) codePoint, start, end);
        } else {
            append(Character.highSurrogate(codePoint), start, end);
            append(Character.lowSurrogate(codePoint), start, end);
        }
    }

    /** Copies input char {@code index} of {@code from} unchanged. */
    void copy(MappedText from, int index) {
        append(from.charAt(index), from.start(index), from.end(index));
    }

    /** Replaces the last char, widening its original range to {@code end} (e.g. alef + madda → آ). */
    void replaceLast(char c, int end) {
        int last = chars.length() - 1;
        chars.setCharAt(last, c);
        ends[last] = Math.max(ends[last], end);
    }

    /** Widens the original range of the last char to {@code end} (chars folded into it). */
    void extendLast(int end) {
        int last = chars.length() - 1;
        ends[last] = Math.max(ends[last], end);
    }

    NormalizedText toNormalized(String original) {
        int n = chars.length();
        return new NormalizedText(original, chars.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
}
