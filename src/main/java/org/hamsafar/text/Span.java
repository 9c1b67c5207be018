package org.hamsafar.text;

/** A half-open range {@code [start, end)} of char offsets in a text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The part of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
