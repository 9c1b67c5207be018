package org.hamsafar.text;

import java.util.Map;

/**
 * Reads a Persian word as its dictionary forms: as written, in standard spelling when it is
 * colloquial ({@code میخوام} → {@code میخواهم}), and with inflections stripped: plural and
 * possessive endings, personal endings of verbs, the colloquial copula {@code ه}
 * ({@code خوبه}), comparatives, then the verb prefixes {@code می}, {@code ب}, and the negative
 * {@code ن}/{@code نمی}. Dictionaries therefore list base forms and verb stems only.
 *
 * <p>A light-weight stand-in for a stemmer: Lucene's analysis-common has no Persian stemmer in
 * the 9.x line, and a stemmer would throw away the negative prefix, which sentiment needs. A
 * stripped form only counts when a dictionary holds it, so a wrong strip ({@code نگران} is not
 * {@code ن + گران}) costs nothing as long as the whole word is listed, which exact forms come
 * before. Works on normalised text (joined {@code می}, no zero-width non-joiners).
 */
final class PersianWordForms {

    /** Longest first, so that {@code هایشان} is tried before {@code ها}. */
    private static final String[] SUFFIXES = {
            "هایشان", "هایمان", "هایتان", "هاشون", "هامون", "هاتون", "ترین", "هایش", "هایم", "هایت", "هاش",
            "شون", "تون", "مون", "شان", "تان", "مان", "های", "است", "اند", "ایم", "اید", "ها", "تر", "ام", "ای",
            "اش", "ات", "ید", "یم", "ند", "ست", "ین", "ن", "ه", "ی", "ش", "م", "ت", "و", "ا"};

    private static final int MIN_STEM = 2;

    private final Map<String, String> standardSpelling;

    PersianWordForms(Map<String, String> standardSpelling) {
        this.standardSpelling = standardSpelling;
    }

    WordReading read(Token token) {
        WordReading.Builder forms = new WordReading.Builder(token);
        String word = token.text();
        forms.add(word, false);
        String standard = standardSpelling.get(word);
        if (standard != null) {
            forms.add(standard, false);
        }
        int unprefixed = forms.size();
        for (int i = 0; i < unprefixed; i++) {
            addStripped(forms, forms.form(i), false);
        }
        int all = forms.size();
        for (int i = 0; i < all; i++) {
            String form = forms.form(i);
            if (form.startsWith("نمی") && form.length() >= 5) {
                addWithStrips(forms, form.substring(3), true);
            } else if (form.startsWith("می") && form.length() >= 4) {
                addWithStrips(forms, form.substring(2), false);
            } else if (form.startsWith("ن") && form.length() >= 4) {
                addWithStrips(forms, form.substring(1), true);
            } else if (form.startsWith("ب") && form.length() >= 4) {
                addWithStrips(forms, form.substring(1), false);
            }
        }
        return forms.build();
    }

    private static void addWithStrips(WordReading.Builder forms, String form, boolean negated) {
        forms.add(form, negated);
        addStripped(forms, form, negated);
    }

    /** Up to two endings: {@code غذاهاشون} → {@code غذاها}, {@code غذا}. */
    private static void addStripped(WordReading.Builder forms, String form, boolean negated) {
        for (String suffix : SUFFIXES) {
            if (form.length() - suffix.length() >= MIN_STEM && form.endsWith(suffix)) {
                String once = form.substring(0, form.length() - suffix.length());
                forms.add(once, negated);
                for (String second : SUFFIXES) {
                    if (once.length() - second.length() >= MIN_STEM && once.endsWith(second)) {
                        forms.add(once.substring(0, once.length() - second.length()), negated);
                    }
                }
            }
        }
    }
}
