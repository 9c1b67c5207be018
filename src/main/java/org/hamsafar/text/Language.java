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

    /** The language of a code ({@code fa}, {@code en}, {@code other}), if it is one. */
    public static java.util.Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }

    /** The code used in the API: {@code fa}, {@code en} or {@code other}. */
    public String code() {
        return code;
    }
}
