package org.hamsafar.text;

import java.util.Set;
import org.hamsafar.shared.Digits;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Turns raw Persian, English or mixed text into one normalised form for analysis, keeping for
 * every normalised char the range of the original text it came from ({@link NormalizedText}).
 *
 * <p>The rules run as passes, each a small method below:
 * <ol>
 *   <li>{@link #foldCharacters}: one code point at a time: Arabic letter variants folded with
 *       Lucene's {@link ArabicNormalizer} and {@link PersianNormalizer} (tatweel, harakat, alef
 *       with hamza, teh marbuta, Arabic yeh and kaf, heh with yeh), the remaining Arabic marks
 *       removed, Persian and Arabic-Indic digits to Latin digits, Latin letters to lower case,
 *       space variants to a space, control and invisible format characters (null bytes, bidi
 *       marks, zero-width non-joiner) removed;</li>
 *   <li>{@link #collapseElongation}: informal stretching of Persian letters ({@code خیلیییی});</li>
 *   <li>{@link #collapseWhitespace}: runs of spaces to one space, runs with a line break to one
 *       line break (kept because a line break ends a sentence), trimmed;</li>
 *   <li>{@link #joinAffixes}: the spaced forms of the verb prefixes {@code می/نمی} and the
 *       suffixes {@code ها/های/تر/ترین} joined to their word.</li>
 * </ol>
 * English text only meets case folding and whitespace clean-up. Thread-safe and never throws.
 */
public final class PersianTextNormalizer {

    private static final char ZWJ = '\u200D';
    private static final char ALEF = 'ا';
    private static final char ALEF_MADDA = 'آ';
    private static final char MADDA_ABOVE = '\u0653';
    private static final char ALEF_WASLA = '\u0671';

    /**
     * The canonical form of a word written with {@code می}/{@code ها} etc. is the joined one
     * ({@code میخواهم}, {@code کتابها}, {@code بزرگتر}): the zero-width non-joiner only shapes the
     * letters, and joining the spaced form can never split a word wrongly, whereas splitting the
     * joined form ({@code میوه}, {@code دختر}, {@code تنها}) would need a dictionary. Later stages
     * that need the prefix (negation with نمی) look at the start of the token.
     */
    private static final Set<String> PREFIXES = Set.of("می", "نمی");
    private static final Set<String> SUFFIXES = Set.of("ها", "های", "تر", "ترین");

    private final ArabicNormalizer arabic = new ArabicNormalizer();
    private final PersianNormalizer persian = new PersianNormalizer();

    /** Normalises {@code raw}; null is treated as the empty text. */
    public NormalizedText normalize(String raw) {
        String original = raw == null ? "" : raw;
        MappedText folded = foldCharacters(original);
        MappedText unstretched = collapseElongation(folded);
        MappedText spaced = collapseWhitespace(unstretched);
        return joinAffixes(spaced).toNormalized(original);
    }

    private MappedText foldCharacters(String s) {
        MappedText out = new MappedText(s.length());
        char[] one = new char[1];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int end = i + Character.charCount(cp);
            foldCodePoint(cp, i, end, out, one);
            i = end;
        }
        return out;
    }

    private void foldCodePoint(int cp, int start, int end, MappedText out, char[] one) {
        if (isLineBreak(cp)) {
            out.append('\n', start, end);
        } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            // tab, no-break space, narrow no-break space, ideographic space ...
            out.append(' ', start, end);
        } else if (cp == ZWJ) {
            // Joins emoji into one (family, profession); between letters it is noise.
            if (out.length() == 0 || !Character.isLetter(out.charAt(out.length() - 1))) {
                out.append(ZWJ, start, end);
            }
        } else if (isInvisible(cp)) {
            // null bytes and other controls, bidi marks, BOM, soft hyphen, zero-width non-joiner:
            // dropped; the half-space only shapes letters (see PREFIXES for why joined is canonical)
        } else if (cp >= 0x0600 && cp <= 0x06FF) {
            foldArabicScript((char) cp, start, end, out, one);
        } else if (Character.isUpperCase(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
            out.appendCodePoint(Character.toLowerCase(cp), start, end);
        } else {
            out.appendCodePoint(cp, start, end);
        }
    }

    private void foldArabicScript(char c, int start, int end, MappedText out, char[] one) {
        char digit = Digits.latin(c);
        if (digit != c) { // Persian or Arabic-Indic digit
            out.append(digit, start, end);
            return;
        }
        switch (c) {
            case '٫': out.append('.', start, end); return; // Arabic decimal separator
            case '٬': out.append(',', start, end); return; // Arabic thousands separator
            case '٪': out.append('%', start, end); return;
            case ALEF_MADDA: out.append(c, start, end); return; // a letter of its own in Persian, unlike in Arabic
            case ALEF_WASLA: out.append(ALEF, start, end); return;
            case MADDA_ABOVE:
                // alef + combining madda is the decomposed آ; elsewhere the madda is a diacritic
                if (out.length() > 0 && out.charAt(out.length() - 1) == ALEF) {
                    out.replaceLast(ALEF_MADDA, end);
                }
                return;
            default:
                break;
        }
        // Lucene's normalisers work in place on a char[] and may shorten it; one char at a time
        // keeps the offsets: length 0 means the char was deleted (tatweel, harakat, hamza above).
        one[0] = c;
        int length = arabic.normalize(one, 1);
        if (length == 1) {
            length = persian.normalize(one, length);
        }
        if (length == 0 || isArabicMark(one[0])) {
            return;
        }
        out.append(toPersianLetter(one[0]), start, end);
    }

    /**
     * Lucene folds letter variants onto the Arabic forms (ی → ي, ک → ك); the text keeps the
     * Persian forms so that it stays readable and matches lexicons written in Persian.
     */
    private static char toPersianLetter(char c) {
        if (c == ArabicNormalizer.YEH) {
            return PersianNormalizer.FARSI_YEH;
        }
        if (c == PersianNormalizer.KAF) {
            return PersianNormalizer.KEHEH;
        }
        return c;
    }

    /** Arabic marks Lucene's normalisers leave: the rest of the harakat block, superscript alef, Quranic signs. */
    private static boolean isArabicMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u0610' && c <= '\u061A');
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE) { // lone surrogates too
            return true;
        }
        // emoji tag characters (subdivision flags) are format characters that must stay
        return type == Character.FORMAT && !(cp >= 0xE0020 && cp <= 0xE007F);
    }

    /**
     * Informal stretching ({@code خیلیییی}, {@code عاااالی}): three or more of the same Persian
     * letter become one. Two stay, because Persian writes some words with a doubled letter
     * ({@code پاییز}, {@code آمریکایی}). Latin letters are left alone (English doubles letters
     * too often: {@code cool}, {@code www}).
     */
    private static MappedText collapseElongation(MappedText in) {
        MappedText out = new MappedText(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            int run = i + 1;
            while (run < in.length() && in.charAt(run) == c) {
                run++;
            }
            if (run - i >= 3 && isArabicLetter(c)) {
                out.copy(in, i);
                out.extendLast(in.end(run - 1));
            } else {
                for (int k = i; k < run; k++) {
                    out.copy(in, k);
                }
            }
            i = run;
        }
        return out;
    }

    private static MappedText collapseWhitespace(MappedText in) {
        MappedText out = new MappedText(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c != ' ' && c != '\n') {
                out.copy(in, i++);
                continue;
            }
            int run = i;
            boolean lineBreak = false;
            while (run < in.length() && (in.charAt(run) == ' ' || in.charAt(run) == '\n')) {
                lineBreak |= in.charAt(run) == '\n';
                run++;
            }
            if (out.length() > 0 && run < in.length()) { // trims both ends
                out.append(lineBreak ? '\n' : ' ', in.start(i), in.end(run - 1));
            }
            i = run;
        }
        return out;
    }

    /**
     * Drops the space in {@code می خواهم}, {@code نمی خواهم}, {@code کتاب ها}, {@code بزرگ ترین}.
     * The zero-width non-joiner forms were already joined by {@link #foldCharacters}, so all three
     * spellings end up as {@code میخواهم}. Only a single space between two Persian words counts:
     * a line break or punctuation in between keeps the words apart.
     */
    private static MappedText joinAffixes(MappedText in) {
        MappedText out = new MappedText(in.length());
        CharSequence s = in.chars();
        for (int i = 0; i < in.length(); i++) {
            if (s.charAt(i) == ' ' && i > 0 && i + 1 < s.length()
                    && isArabicLetter(s.charAt(i - 1)) && isArabicLetter(s.charAt(i + 1))) {
                String before = wordEndingAt(s, i);
                String after = wordStartingAt(s, i + 1);
                if (PREFIXES.contains(before) || SUFFIXES.contains(after)) {
                    continue;
                }
            }
            out.copy(in, i);
        }
        return out;
    }

    private static String wordEndingAt(CharSequence s, int end) {
        int start = end;
        while (start > 0 && isArabicLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.subSequence(start, end).toString();
    }

    private static String wordStartingAt(CharSequence s, int start) {
        int end = start;
        while (end < s.length() && isArabicLetter(s.charAt(end))) {
            end++;
        }
        return s.subSequence(start, end).toString();
    }

    /**
     * The letters of Persian and Arabic text (hamza to yeh, alef wasla to yeh barree), known
     * without asking the Unicode tables: the common case of every per-char check.
     */
    static boolean isCommonArabicLetter(int cp) {
        return cp >= 0x0621 && cp <= 0x064A || cp >= 0x0671 && cp <= 0x06D3;
    }

    static boolean isArabicLetter(char c) {
        if (isCommonArabicLetter(c)) {
            return true;
        }
        return c >= 0x0600 && c <= 0x06FF && Character.isLetter(c);
    }
}
