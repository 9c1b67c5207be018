package org.hamsafar.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words and phrases of up to a few words, each with a value, matched against the
 * {@link WordReading}s of a text: a text word matches a dictionary word when one of its forms
 * equals it, so {@code دیر رسیدن} in a text matches the entry {@code دیر رسید}. The longest
 * phrase wins; among single words, the most specific form. Immutable and thread-safe.
 */
final class PhraseDictionary<V> {

    private final Map<String, List<Entry<V>>> byFirstWord;
    private final int size;

    private PhraseDictionary(Map<String, List<Entry<V>>> byFirstWord, int size) {
        this.byFirstWord = byFirstWord;
        this.size = size;
    }

    static <V> PhraseDictionary<V> empty() {
        return new PhraseDictionary<>(Map.of(), 0);
    }

    int size() {
        return size;
    }

    /** Every word of every entry. */
    java.util.Set<String> words() {
        java.util.Set<String> words = new java.util.HashSet<>();
        byFirstWord.values().forEach(entries -> entries.forEach(e -> words.addAll(List.of(e.words))));
        return words;
    }

    /** The value of a one-word entry, or null. */
    V get(String word) {
        List<Entry<V>> entries = byFirstWord.get(word);
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            if (entry.words.length == 1) {
                return entry.value;
            }
        }
        return null;
    }

    /**
     * The longest entry starting at {@code words.get(start)}, or null. A match is negated when a
     * word matched through a negated form ({@code نداشتم} for {@code داشت}).
     */
    Match<V> longestAt(List<WordReading> words, int start) {
        WordReading first = words.get(start);
        Match<V> best = null;
        for (int f = 0; f < first.formCount(); f++) {
            List<Entry<V>> entries = byFirstWord.get(first.form(f));
            if (entries == null) {
                continue;
            }
            for (Entry<V> entry : entries) { // longest first
                int length = entry.words.length;
                if (best != null && length <= best.length()) {
                    break;
                }
                if (start + length > words.size()) {
                    continue;
                }
                boolean negated = first.negated(f);
                boolean matches = true;
                for (int j = 1; j < length && matches; j++) {
                    WordReading next = words.get(start + j);
                    int k = next.indexOf(entry.words[j]);
                    matches = k >= 0;
                    negated |= matches && next.negated(k);
                }
                if (matches) {
                    best = new Match<>(start, start + length, entry.value, negated);
                    break;
                }
            }
        }
        return best;
    }

    record Entry<V>(String[] words, V value) {
    }

    /** Words {@code [start, end)} of the text matched an entry with this value. */
    record Match<V>(int start, int end, V value, boolean negated) {
        int length() {
            return end - start;
        }
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    static final class Builder<V> {
        private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
        private final Map<String, Boolean> seen = new HashMap<>();
        private int size;

        /** Adds an entry; the first entry for the same words is kept. */
        Builder<V> add(List<String> words, V value) {
            if (words.isEmpty() || seen.putIfAbsent(String.join(" ", words), true) != null) {
                return this;
            }
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
                    .add(new Entry<>(words.toArray(String[]::new), value));
            size++;
            return this;
        }

        PhraseDictionary<V> build() {
            Map<String, List<Entry<V>>> sorted = new HashMap<>();
            byFirstWord.forEach((word, entries) -> {
                List<Entry<V>> copy = new ArrayList<>(entries);
                copy.sort(Comparator.comparingInt((Entry<V> e) -> e.words.length).reversed());
                sorted.put(word, List.copyOf(copy));
            });
            return new PhraseDictionary<>(Map.copyOf(sorted), size);
        }
    }
}
