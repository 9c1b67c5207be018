package org.hamsafar.text;

/** Emotions the analysis scores, each 0..1 per text. {@code trust} includes gratitude. */
public enum Emotion {
    ANGER, JOY, SADNESS, FEAR, SURPRISE, TRUST, DISGUST;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Emotion ofCode(String code) {
        for (Emotion emotion : values()) {
            if (emotion.code().equals(code)) {
                return emotion;
            }
        }
        return null;
    }
}
