package org.hamsafar.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@link NormalizedText} into words, numbers, emojis and boundary punctuation, and into
 * sentences.
 *
 * <p>Own code rather than Lucene's {@code StandardTokenizer}: that one drops punctuation, which
 * sentiment needs as sentence and clause boundaries, and goes through a Reader and attribute
 * objects per text, which costs more than this single pass. Emoji are recognised with ICU's
 * Unicode properties (Extended_Pictographic, Emoji_Modifier, Regional_Indicator; Java 17 has no
 * emoji properties), so a skin-toned or zero-width-joined emoji, a flag or a keycap stays one
 * token. Offsets are char offsets into the normalised text; {@link TextTokens#originalSpan}
 * maps them back. Thread-safe.
 */
public final class Tokenizer {

    private static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private final PersianTextNormalizer normalizer = new PersianTextNormalizer();

    /** Normalises and tokenises raw text. */
    public TextTokens tokenize(String raw) {
        return tokenize(normalizer.normalize(raw));
    }

    public TextTokens tokenize(NormalizedText normalized) {
        String s = normalized.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int end;
            TokenType type;
            if (startsEmoji(s, i)) {
                end = emojiEnd(s, i);
                type = TokenType.EMOJI;
            } else if (Character.isLetterOrDigit(cp)) {
                end = wordEnd(s, i);
                type = isNumber(s, i, end) ? TokenType.NUMBER : TokenType.WORD;
            } else if (isSentenceEnd(cp)) {
                end = i + Character.charCount(cp);
                while (end < s.length() && isSentenceEnd(s.codePointAt(end))) {
                    end += Character.charCount(s.codePointAt(end)); // "?!", "...", "!!!" as one token
                }
                type = TokenType.PUNCTUATION;
            } else if (isClauseMark(cp)) {
                end = i + 1;
                type = TokenType.PUNCTUATION;
            } else {
                i += Character.charCount(cp); // spaces, other symbols, stray marks
                continue;
            }
            tokens.add(new Token(s.substring(i, end), type, i, end));
            i = end;
        }
        return new TextTokens(normalized, tokens, sentences(s, tokens));
    }

    /**
     * A sentence ends after sentence-ending punctuation (taking along the emoji right after it:
     * {@code عالی بود! 😍} — the emoji comments on what came before) or at a line break.
     * Punctuation with nothing before it in its sentence joins the previous sentence.
     */
    private static List<Sentence> sentences(String s, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        int k = 0;
        while (k < tokens.size()) {
            Token token = tokens.get(k);
            boolean close = false;
            if (token.endsSentence()) {
                while (k + 1 < tokens.size() && tokens.get(k + 1).type() == TokenType.EMOJI
                        && !lineBreakBetween(s, tokens.get(k), tokens.get(k + 1))) {
                    k++;
                }
                close = true;
            }
            if (!close && k + 1 < tokens.size() && lineBreakBetween(s, token, tokens.get(k + 1))) {
                close = true;
            }
            if (close || k + 1 == tokens.size()) {
                addSentence(sentences, tokens, first, k + 1);
                first = k + 1;
            }
            k++;
        }
        return sentences;
    }

    private static void addSentence(List<Sentence> sentences, List<Token> tokens, int first, int end) {
        boolean onlyPunctuation = tokens.subList(first, end).stream().allMatch(t -> t.type() == TokenType.PUNCTUATION);
        if (onlyPunctuation && !sentences.isEmpty()) {
            Sentence previous = sentences.remove(sentences.size() - 1);
            first = previous.firstToken();
        }
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(end - 1).end(), first, end));
    }

    private static boolean lineBreakBetween(String s, Token a, Token b) {
        return s.substring(a.end(), b.start()).indexOf('\n') >= 0;
    }

    /**
     * A word is a run of letters, marks and digits, split where the script changes between
     * Persian and Latin letters ({@code سفارشok}) or between digits and Persian letters
     * ({@code 3تا}); Latin letters and digits may mix ({@code mp3}). Inside Latin words an
     * apostrophe or hyphen between letters stays ({@code don't}, {@code e-mail}); inside numbers
     * a dot or comma between digits stays ({@code 3.5}).
     */
    private static int wordEnd(String s, int start) {
        int i = start;
        int previous = -1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean partOfWord = Character.isLetterOrDigit(cp) || isMark(cp);
            if (partOfWord && previous >= 0 && breaksBetween(previous, cp)) {
                break;
            }
            if (!partOfWord) {
                int next = i + 1 < s.length() ? s.codePointAt(i + 1) : -1;
                boolean inLatinWord = (cp == '\'' || cp == '’' || cp == '-') && isLatinLetter(previous) && isLatinLetter(next);
                boolean inNumber = (cp == '.' || cp == ',') && isAsciiDigit(previous) && isAsciiDigit(next);
                if (!inLatinWord && !inNumber) {
                    break;
                }
            }
            if (startsEmoji(s, i)) { // a keycap such as 1️⃣ after a word
                break;
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean breaksBetween(int previous, int cp) {
        if (isMark(cp)) {
            return false;
        }
        Character.UnicodeScript a = scriptOf(previous);
        Character.UnicodeScript b = scriptOf(cp);
        boolean persianAndLatin = (a == Character.UnicodeScript.ARABIC && b == Character.UnicodeScript.LATIN)
                || (a == Character.UnicodeScript.LATIN && b == Character.UnicodeScript.ARABIC);
        boolean digitAndPersian = (b == Character.UnicodeScript.ARABIC && Character.isDigit(previous))
                || (a == Character.UnicodeScript.ARABIC && Character.isDigit(cp));
        return persianAndLatin || digitAndPersian;
    }

    private static Character.UnicodeScript scriptOf(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? Character.UnicodeScript.LATIN : Character.UnicodeScript.COMMON;
        }
        if (PersianTextNormalizer.isCommonArabicLetter(cp)) {
            return Character.UnicodeScript.ARABIC; // the letters of Persian and Arabic, without asking the Unicode tables
        }
        return Character.isLetter(cp) ? Character.UnicodeScript.of(cp) : Character.UnicodeScript.COMMON;
    }

    private static boolean isNumber(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsEmoji(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 0x2000) {
            // Below General Punctuation only keycaps and the copyright and registered signs can start
            // an emoji: answered without the Unicode tables for every letter of every word.
            return cp < 0x80 ? isKeycapBase(cp) && keycapEnd(s, i) > 0 : cp == 0x00A9 || cp == 0x00AE;
        }
        if (isPictographic(cp) || isRegionalIndicator(cp) || isSkinTone(cp)) {
            return true;
        }
        return isKeycapBase(cp) && keycapEnd(s, i) > 0;
    }

    /** End of an emoji sequence: elements with their modifiers, joined by ZWJ. */
    private static int emojiEnd(String s, int start) {
        int i = emojiElementEnd(s, start);
        while (i + 1 < s.length() && s.charAt(i) == ZWJ && isPictographic(s.codePointAt(i + 1))) {
            i = emojiElementEnd(s, i + 1);
        }
        return i;
    }

    private static int emojiElementEnd(String s, int start) {
        int cp = s.codePointAt(start);
        int i;
        if (isKeycapBase(cp)) {
            return keycapEnd(s, start);
        }
        i = start + Character.charCount(cp);
        if (isRegionalIndicator(cp) && i < s.length() && isRegionalIndicator(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i)); // a flag is a pair of regional indicators
        }
        while (i < s.length()) {
            int next = s.codePointAt(i);
            if (next == 0xFE0F || next == 0xFE0E || isSkinTone(next) || next == KEYCAP || (next >= 0xE0020 && next <= 0xE007F)) {
                i += Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }

    /** {@code 1 (U+FE0F) U+20E3}: end of the keycap starting at {@code i}, or -1 if there is none. */
    private static int keycapEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '\uFE0F') {
            j++;
        }
        return j < s.length() && s.charAt(j) == KEYCAP ? j + 1 : -1;
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    private static boolean isPictographic(int cp) {
        return cp > 0x7F && UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean isMark(int cp) {
        if (cp < 0x0300) {
            return false; // Latin-1 and ASCII have no combining marks; the common case, checked first
        }
        int type = Character.getType(cp);
        return (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK)
                && cp != 0xFE0F && cp != 0xFE0E && cp != KEYCAP;
    }

    private static boolean isLatinLetter(int cp) {
        return cp >= 0 && Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static boolean isAsciiDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }

    static boolean isSentenceEnd(int cp) {
        return cp == '.' || cp == '!' || cp == '?' || cp == '؟' || cp == '…';
    }

    private static boolean isClauseMark(int cp) {
        return cp == ',' || cp == '،' || cp == ';' || cp == '؛' || cp == ':';
    }
}
