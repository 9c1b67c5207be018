package org.hamsafar.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A topic of the CX taxonomy: a key ({@code delivery}), its name in Persian and English, and the
 * words and phrases (in each language) that show a text talks about it.
 */
public record Topic(String key, String labelFa, String labelEn, List<String> termsFa, List<String> termsEn) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,47}");

    public Topic {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("topic key must be 1-48 lower-case letters, digits or _ starting with a letter");
        }
        termsFa = List.copyOf(termsFa);
        termsEn = List.copyOf(termsEn);
    }

    static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The name in the given language ({@code fa} or anything else for English), falling back to the other. */
    public String label(Language language) {
        String label = language == Language.FA ? labelFa : labelEn;
        if (label == null || label.isBlank()) {
            label = language == Language.FA ? labelEn : labelFa;
        }
        return label == null || label.isBlank() ? key : label;
    }
}
