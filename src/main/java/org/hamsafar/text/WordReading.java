package org.hamsafar.text;

import java.util.Arrays;

/**
 * The forms under which one word of a text may stand in a dictionary, most specific first: the
 * word as written, its standard spelling when it is informal, and the word with inflections
 * stripped. A form reached by stripping a negative verb prefix ({@code ن}, {@code نمی}) is
 * {@linkplain #negated(int) negated}: {@code نپسندیدم} reads as {@code پسندید}, negated.
 */
public final class WordReading {

    private final Token token;
    private final String[] forms;
    private final boolean[] negated;
    private final int count;

    WordReading(Token token, String[] forms, boolean[] negated, int count) {
        this.token = token;
        this.forms = forms;
        this.negated = negated;
        this.count = count;
    }

    static WordReading single(Token token) {
        return new WordReading(token, new String[] {token.text()}, new boolean[1], 1);
    }

    /** The same forms for another occurrence of the word (the arrays are never changed, so they are shared). */
    WordReading at(Token other) {
        return new WordReading(other, forms, negated, count);
    }

    /** This reading with only the written word and the forms in {@code vocabulary}. */
    WordReading keeping(java.util.Set<String> vocabulary) {
        Builder kept = new Builder(token);
        for (int i = 0; i < count; i++) {
            if (i == 0 || vocabulary.contains(forms[i])) {
                kept.add(forms[i], negated[i]);
            }
        }
        return kept.size() == count ? this : kept.build();
    }

    public Token token() {
        return token;
    }

    public int formCount() {
        return count;
    }

    public String form(int i) {
        return forms[i];
    }

    public boolean negated(int i) {
        return negated[i];
    }

    /** The index of {@code form} among this word's forms, or -1. */
    public int indexOf(String form) {
        for (int i = 0; i < count; i++) {
            if (forms[i].equals(form)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word is in Persian (Arabic) script. */
    public boolean persian() {
        char c = token.text().charAt(0);
        return c >= 0x0600 && c <= 0x06FF;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOf(forms, count));
    }

    /** Collects forms without repeats. */
    static final class Builder {
        private final Token token;
        private String[] forms = new String[8];
        private boolean[] negated = new boolean[8];
        private int count;

        Builder(Token token) {
            this.token = token;
        }

        Builder add(String form, boolean isNegated) {
            if (form.isEmpty()) {
                return this;
            }
            for (int i = 0; i < count; i++) {
                if (forms[i].equals(form) && negated[i] == isNegated) {
                    return this;
                }
            }
            if (count == forms.length) {
                forms = Arrays.copyOf(forms, count * 2);
                negated = Arrays.copyOf(negated, count * 2);
            }
            forms[count] = form;
            negated[count] = isNegated;
            count++;
            return this;
        }

        int size() {
            return count;
        }

        String form(int i) {
            return forms[i];
        }

        boolean negated(int i) {
            return negated[i];
        }

        WordReading build() {
            return new WordReading(token, forms, negated, count);
        }
    }
}
