package org.hamsafar.text;

/** Languages the text analysis tells apart; everything else is {@link #OTHER}. */
public enum Language {
    FA("fa"),
    EN("en"),
    OTHER("other");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The code used in the API: {@code fa}, {@code en} or {@code other}. */
    public String code() {
        return code;
    }
}
