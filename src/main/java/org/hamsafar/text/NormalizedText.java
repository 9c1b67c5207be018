package org.hamsafar.text;

/**
 * The normalised form of a text together with, for every normalised char, the range of the
 * original text it came from, so that spans found in the normalised text (tokens, topic mentions)
 * can be shown in the text the customer wrote.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The text as given (null became the empty string). */
    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Where in the original text the normalised char boundary {@code index} (0..length) starts. */
    public int originalStart(int index) {
        checkBoundary(index);
        if (index < starts.length) {
            return starts[index];
        }
        return starts.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** Where in the original text a normalised range ending (exclusive) at {@code index} ends. */
    public int originalEnd(int index) {
        checkBoundary(index);
        if (index > 0) {
            return ends[index - 1];
        }
        return starts.length == 0 ? 0 : starts[0];
    }

    /** The original range of the normalised range {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " after end " + end);
        }
        int from = originalStart(start);
        return start == end ? new Span(from, from) : new Span(from, originalEnd(end));
    }

    public Span toOriginal(Span normalized) {
        return toOriginal(normalized.start(), normalized.end());
    }

    private void checkBoundary(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + text.length());
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
