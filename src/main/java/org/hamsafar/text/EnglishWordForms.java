package org.hamsafar.text;

import java.util.Map;

/**
 * Reads an English word as its dictionary forms: as written (already lower case), its standard
 * spelling when listed ({@code gr8}), and crude inflection strips: possessive {@code 's}, plural
 * {@code -s/-es/-ies}, {@code -ed}, {@code -ing}, {@code -ly}, {@code -er/-est}, each also with a
 * final {@code e} restored or a doubled consonant undone ({@code stopped} → {@code stop}). Only
 * forms a dictionary holds count, so over-eager strips are harmless; dictionaries list the
 * inflected forms whose sentiment differs from the base.
 */
final class EnglishWordForms {

    private final Map<String, String> standardSpelling;

    EnglishWordForms(Map<String, String> standardSpelling) {
        this.standardSpelling = standardSpelling;
    }

    WordReading read(Token token) {
        WordReading.Builder forms = new WordReading.Builder(token);
        String word = token.text().replace('’', '\'');
        forms.add(word, false);
        String standard = standardSpelling.get(word);
        if (standard != null) {
            forms.add(standard, false);
        }
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
            forms.add(word, false);
        }
        if (word.length() < 4) {
            return forms.build();
        }
        strip(forms, word, "ies", "y");
        strip(forms, word, "ied", "y");
        strip(forms, word, "ily", "y");
        strip(forms, word, "ier", "y");
        strip(forms, word, "iest", "y");
        strip(forms, word, "es", "");
        if (!word.endsWith("ss")) {
            strip(forms, word, "s", "");
        }
        for (String ending : new String[] {"ed", "ing", "er", "est"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                String stem = word.substring(0, word.length() - ending.length());
                forms.add(stem, false);
                forms.add(stem + "e", false);
                if (stem.length() >= 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    forms.add(stem.substring(0, stem.length() - 1), false);
                }
            }
        }
        strip(forms, word, "ly", "");
        strip(forms, word, "ally", "");
        return forms.build();
    }

    private static void strip(WordReading.Builder forms, String word, String ending, String replacement) {
        if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
            forms.add(word.substring(0, word.length() - ending.length()) + replacement, false);
        }
    }
}
