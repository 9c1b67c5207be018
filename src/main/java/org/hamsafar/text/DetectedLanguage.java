package org.hamsafar.text;

/**
 * The language of a text: the majority language, how sure the detector is (0..1) and whether
 * a sizeable part of the letters is in another script ({@code mixed}). A text without letters
 * (empty, digits, emoji only) is {@link Language#OTHER} with confidence 0.
 */
public record DetectedLanguage(Language language, double confidence, boolean mixed) {

    public DetectedLanguage {
        if (language == null) {
            throw new IllegalArgumentException("language is required");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside 0..1");
        }
    }

    static DetectedLanguage unknown() {
        return new DetectedLanguage(Language.OTHER, 0, false);
    }

    /** Whether the text had nothing to detect a language from. */
    public boolean isUnknown() {
        return language == Language.OTHER && confidence == 0;
    }
}
