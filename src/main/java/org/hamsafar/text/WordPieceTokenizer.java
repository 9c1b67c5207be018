package org.hamsafar.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The BERT tokenizer, so that an external model sees its text split exactly as in training:
 * basic tokenisation (drop control characters, split on whitespace and punctuation, pad CJK
 * ideographs, optionally lower-case and strip accents), then greedy longest-match-first WordPiece
 * with {@code ##} continuations, a word that cannot be pieced together becoming {@code [UNK]}.
 * Unlike the reference tokenizer, accent stripping leaves Arabic-script letters as they are: it
 * would otherwise turn {@code آ} into {@code ا} and {@code ئ} into an Arabic yeh. Thread-safe.
 */
final class WordPieceTokenizer {

    static final String UNKNOWN = "[UNK]";
    static final String CLASSIFY = "[CLS]";
    static final String SEPARATOR = "[SEP]";
    static final String CONTINUATION = "##";
    /** Longer words are {@code [UNK]} outright, as in the reference tokenizer. */
    static final int MAX_WORD_CHARS = 100;

    /**
     * The input of one text: the tokens (special ones included), their ids, and how many came from
     * the text itself (0 when it had nothing the vocabulary could read, not even as {@code [UNK]}).
     */
    record Encoding(List<String> tokens, long[] ids, int textTokens) {

        int length() {
            return ids.length;
        }

        /** Attention mask: every token is real, nothing is padding. */
        long[] mask() {
            long[] mask = new long[ids.length];
            Arrays.fill(mask, 1L);
            return mask;
        }

        /** Token types: a single segment. */
        long[] types() {
            return new long[ids.length];
        }
    }

    private final Map<String, Integer> vocabulary;
    private final boolean lowercase;
    private final int maxLength;
    private final boolean classify;
    private final boolean separate;

    WordPieceTokenizer(Map<String, Integer> vocabulary, boolean lowercase, int maxLength) {
        if (!vocabulary.containsKey(UNKNOWN)) {
            throw new IllegalArgumentException("the vocabulary has no " + UNKNOWN + " token");
        }
        this.vocabulary = vocabulary;
        this.lowercase = lowercase;
        this.classify = vocabulary.containsKey(CLASSIFY);
        this.separate = vocabulary.containsKey(SEPARATOR);
        if (maxLength < 1 + (classify ? 1 : 0) + (separate ? 1 : 0)) {
            throw new IllegalArgumentException("maxLength " + maxLength + " leaves no room for the text");
        }
        this.maxLength = maxLength;
    }

    /** The tokens and ids of a text, with {@code [CLS]} and {@code [SEP]} when the vocabulary has them, cut to maxLength. */
    Encoding encode(String text) {
        List<String> pieces = new ArrayList<>();
        int room = maxLength - (classify ? 1 : 0) - (separate ? 1 : 0);
        for (String word : basicTokens(text)) {
            pieces.addAll(wordPieces(word));
            if (pieces.size() >= room) {
                break;
            }
        }
        int textTokens = Math.min(room, pieces.size());
        List<String> tokens = new ArrayList<>(textTokens + 2);
        if (classify) {
            tokens.add(CLASSIFY);
        }
        tokens.addAll(pieces.subList(0, textTokens));
        if (separate) {
            tokens.add(SEPARATOR);
        }
        long[] ids = new long[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.get(tokens.get(i));
        }
        return new Encoding(List.copyOf(tokens), ids, textTokens);
    }

    /** Basic tokenisation: the words and punctuation marks of a text, cleaned (and lower-cased when asked). */
    List<String> basicTokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String prepared = lowercase ? text.toLowerCase(Locale.ROOT) : text;
        for (int i = 0; i < prepared.length(); ) {
            int cp = prepared.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                continue; // the reference tokenizer drops these (zero-width non-joiner included)
            }
            if (isWhitespace(cp)) {
                flush(word, tokens);
            } else if (isPunctuation(cp) || isCjk(cp)) {
                flush(word, tokens);
                tokens.add(Character.toString(cp));
            } else if (lowercase) {
                appendWithoutAccents(cp, word);
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    /** Greedy longest-match-first WordPiece of one basic token; {@code [UNK]} when some part matches nothing. */
    List<String> wordPieces(String word) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            return List.of(UNKNOWN);
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String match = null;
            while (end > start) {
                String candidate = start > 0 ? CONTINUATION + word.substring(start, end) : word.substring(start, end);
                if (vocabulary.containsKey(candidate)) {
                    match = candidate;
                    break;
                }
                end = word.offsetByCodePoints(end, -1); // never split a surrogate pair
            }
            if (match == null) {
                return List.of(UNKNOWN);
            }
            pieces.add(match);
            start = end;
        }
        return pieces;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** Accent stripping (NFD, then non-spacing marks dropped), sparing Arabic-script letters. */
    private static void appendWithoutAccents(int cp, StringBuilder word) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
            word.appendCodePoint(cp);
            return;
        }
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(word::appendCodePoint);
    }

    private static boolean isWhitespace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }

    /** ASCII symbols count as punctuation too ({@code $}, {@code +}, {@code ^}, ...), as in the reference tokenizer. */
    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** CJK ideographs are tokens of their own (the reference tokenizer's ranges). */
    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }
}
