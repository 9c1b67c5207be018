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

    /**
     * The entries starting with one word: the one-word entry, and the longer ones by their second
     * word, longest first. Indexing the second word matters: a common first word ({@code خیلی},
     * {@code not}) starts hundreds of phrases, and trying each against the next words is most of
     * the cost of matching.
     */
    private static final class Node<V> {
        V single;
        Map<String, List<Entry<V>>> bySecondWord;
    }

    private final Map<String, Node<V>> byFirstWord;
    private final int size;
    private final java.util.Set<String> words;

    private PhraseDictionary(Map<String, Node<V>> byFirstWord, int size, java.util.Set<String> words) {
        this.byFirstWord = byFirstWord;
        this.size = size;
        this.words = words;
    }

    static <V> PhraseDictionary<V> empty() {
        return new PhraseDictionary<>(Map.of(), 0, java.util.Set.of());
    }

    int size() {
        return size;
    }

    /** Every word of every entry. */
    java.util.Set<String> words() {
        return words;
    }

    /** The value of a one-word entry, or null. */
    V get(String word) {
        Node<V> node = byFirstWord.get(word);
        return node == null ? null : node.single;
    }

    /**
     * The longest entry starting at {@code words.get(start)}, or null. A match is negated when a
     * word matched through a negated form ({@code نداشتم} for {@code داشت}).
     */
    Match<V> longestAt(List<WordReading> words, int start) {
        WordReading first = words.get(start);
        WordReading second = start + 1 < words.size() ? words.get(start + 1) : null;
        Match<V> best = null;
        for (int f = 0; f < first.formCount(); f++) {
            Node<V> node = byFirstWord.get(first.form(f));
            if (node == null) {
                continue;
            }
            if (node.bySecondWord != null && second != null) {
                for (int g = 0; g < second.formCount(); g++) {
                    List<Entry<V>> entries = node.bySecondWord.get(second.form(g));
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
                        boolean negated = first.negated(f) || second.negated(g);
                        boolean matches = true;
                        for (int j = 2; j < length && matches; j++) {
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
            }
            if (best == null && node.single != null) {
                best = new Match<>(start, start + 1, node.single, first.negated(f));
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
            Map<String, Node<V>> nodes = new HashMap<>();
            java.util.Set<String> words = new java.util.HashSet<>();
            byFirstWord.forEach((word, entries) -> {
                Node<V> node = new Node<>();
                for (Entry<V> entry : entries) {
                    words.addAll(List.of(entry.words));
                    if (entry.words.length == 1) {
                        node.single = entry.value;
                    } else {
                        if (node.bySecondWord == null) {
                            node.bySecondWord = new HashMap<>();
                        }
                        node.bySecondWord.computeIfAbsent(entry.words[1], w -> new ArrayList<>()).add(entry);
                    }
                }
                if (node.bySecondWord != null) {
                    node.bySecondWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<V> e) -> e.words.length).reversed()));
                }
                nodes.put(word, node);
            });
            return new PhraseDictionary<>(nodes, size, java.util.Set.copyOf(words));
        }
    }
}
