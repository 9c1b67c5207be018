package org.hamsafar.text;

/** The polarity of a text or sentence. */
public enum SentimentLabel {
    NEGATIVE("negative"),
    NEUTRAL("neutral"),
    POSITIVE("positive");

    private final String code;

    SentimentLabel(String code) {
        this.code = code;
    }

    /** {@code negative}, {@code neutral} or {@code positive}, as the API writes it. */
    public String code() {
        return code;
    }

    public static SentimentLabel ofCode(String code) {
        for (SentimentLabel label : values()) {
            if (label.code.equals(code)) {
                return label;
            }
        }
        throw new IllegalArgumentException("unknown sentiment label " + code);
    }
}
