package org.hamsafar.text;

import java.util.Set;

/**
 * Tells Persian, English and other languages apart from the letters of a text.
 *
 * <p>First the script: Arabic-script letters, Latin letters and letters of other scripts are
 * counted, and the largest group wins; a second group with at least 15% of the letters makes the
 * text {@code mixed}. Latin text is English. Arabic-script text is Persian or Arabic (then
 * {@link Language#OTHER}), weighed from letters only one of them uses and from common words.
 * Persian keyboards on older systems type the Arabic ي and ك, so those two count only half.
 * Works on the raw text, because normalisation folds exactly the letters that tell the two apart.
 * Only the first {@value #MAX_CHARS} chars are read: enough to decide, and it bounds the cost of
 * very long texts. Thread-safe and never throws.
 */
public final class LanguageDetector {

    static final int MAX_CHARS = 20_000;

    private static final double MIXED_SHARE = 0.15;

    /** Common Persian words that Arabic does not use, spelt with ی and ک (also looked up with Arabic ي/ك, weighing less). */
    private static final Set<String> PERSIAN_WORDS = Set.of(
            "است", "این", "که", "را", "رو", "برای", "می", "نمی", "بود", "نبود", "هست", "نیست", "خیلی",
            "ولی", "اما", "یک", "یه", "شد", "شده", "کرد", "کردم", "کنم", "کنید", "چرا", "چه", "چی",
            "همه", "شما", "اون", "تا", "بسیار", "خوب", "بد", "مرسی", "ممنون", "دارم", "ندارم", "داره",
            "باید", "نه", "از", "با", "آن", "ها", "های", "بهتر", "اصلا", "واقعا");

    /** Common Arabic words, as Arabic writes them (with ي, ى, ة, أ, إ where they belong). */
    private static final Set<String> ARABIC_WORDS = Set.of(
            "في", "على", "إلى", "الى", "هذا", "هذه", "ذلك", "التي", "الذي", "كان", "كانت", "هل", "أين",
            "كيف", "لم", "لن", "قد", "جدا", "جداً", "شكرا", "مع", "عن", "هو", "هي", "أنا", "انا", "نحن",
            "لكن", "أو", "ليس", "كل", "بعد", "عند", "إن", "أن", "ان");

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "a", "an", "is", "was", "are", "were", "be", "i", "you", "it", "this", "that", "and",
            "or", "but", "not", "no", "to", "of", "in", "on", "for", "with", "my", "your", "we", "they",
            "very", "so", "have", "has", "had", "do", "did", "does", "good", "bad", "great", "thanks");

    public DetectedLanguage detect(String text) {
        if (text == null || text.isEmpty()) {
            return DetectedLanguage.unknown();
        }
        Counts counts = count(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        int letters = counts.arabicScript + counts.latin + counts.other;
        if (letters == 0) {
            return DetectedLanguage.unknown();
        }
        int majority = Math.max(counts.arabicScript, Math.max(counts.latin, counts.other));
        int second = counts.arabicScript + counts.latin + counts.other - majority
                - Math.min(counts.arabicScript, Math.min(counts.latin, counts.other));
        boolean mixed = second >= 3 && second >= MIXED_SHARE * letters;
        double share = (double) majority / letters;
        double size = letters / (letters + 5.0); // a handful of letters says little
        Language language;
        double certainty;
        if (majority == counts.arabicScript) {
            language = counts.persian >= counts.arabic ? Language.FA : Language.OTHER;
            // no evidence at all (e.g. "سلام") leans to Persian, but only half sure
            certainty = 0.5 + 0.5 * Math.abs(counts.persian - counts.arabic) / (counts.persian + counts.arabic + 1);
        } else if (majority == counts.latin) {
            language = Language.EN;
            certainty = counts.englishWords > 0 ? 1.0 : counts.latinWords < 4 ? 0.8 : 0.5;
        } else {
            language = Language.OTHER;
            certainty = 1.0;
        }
        return new DetectedLanguage(language, clamp(share * size * certainty), mixed);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** No word of the lists above is longer; longer words skip the look-ups. */
    private static final int LONGEST_LISTED_WORD = java.util.stream.Stream.of(PERSIAN_WORDS, ARABIC_WORDS, ENGLISH_WORDS)
            .flatMap(java.util.Set::stream).mapToInt(String::length).max().orElse(0);

    private static Counts count(String text) {
        Counts counts = new Counts();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = letterScript(cp);
            if (script == null) {
                counts.word(word);
                continue;
            }
            word.appendCodePoint(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                counts.arabicScript++;
                counts.letter(cp);
            } else if (script == Character.UnicodeScript.LATIN) {
                counts.latin++;
            } else {
                counts.other++;
            }
        }
        counts.word(word);
        return counts;
    }

    /** The script of a letter, or null for anything else; ASCII and the Arabic letters without the Unicode tables. */
    private static Character.UnicodeScript letterScript(int cp) {
        if (cp < 0x80) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? Character.UnicodeScript.LATIN : null;
        }
        if (PersianTextNormalizer.isCommonArabicLetter(cp)) {
            return Character.UnicodeScript.ARABIC;
        }
        return Character.isLetter(cp) ? Character.UnicodeScript.of(cp) : null;
    }

    /** Letter and word counts of one text; {@code persian} and {@code arabic} are weighed evidence. */
    private static final class Counts {
        int arabicScript;
        int latin;
        int other;
        double persian;
        double arabic;
        int latinWords;
        int englishWords;

        void letter(int cp) {
            switch (cp) {
                case 'پ': case 'چ': case 'ژ': case 'گ': case 'ی': case 'ک':
                    persian += 1;
                    break;
                case 'ة': case 'ى': case 'أ': case 'إ': case 'ؤ':
                    arabic += 1;
                    break;
                case 'ي': case 'ك': // typed by Persian users on Arabic keyboard layouts too
                    arabic += 0.5;
                    break;
                default:
                    break;
            }
        }

        void word(StringBuilder word) {
            if (word.length() == 0) {
                return;
            }
            if (word.length() > LONGEST_LISTED_WORD) {
                // Longer than any listed word: only the Arabic article and the script can still count.
                char first = word.charAt(0);
                if (first >= 0x0600 && first <= 0x06FF) {
                    arabic += word.charAt(0) == 'ا' && word.charAt(1) == 'ل' ? 1 : 0;
                } else if (letterScript(first) == Character.UnicodeScript.LATIN) {
                    latinWords++;
                }
                word.setLength(0);
                return;
            }
            String raw = word.toString();
            word.setLength(0);
            char first = raw.charAt(0);
            if (first >= 0x0600 && first <= 0x06FF) {
                if (ARABIC_WORDS.contains(raw)) {
                    arabic += 2;
                } else if (raw.startsWith("ال") && raw.length() >= 5) {
                    arabic += 1; // the Arabic article; Persian has a few such words (البته) but rarely
                }
                if (PERSIAN_WORDS.contains(raw)) {
                    persian += 2;
                } else if ((raw.indexOf('ي') >= 0 || raw.indexOf('ك') >= 0)
                        && PERSIAN_WORDS.contains(raw.replace('ي', 'ی').replace('ك', 'ک'))) {
                    persian += 1; // typed on an Arabic layout; Arabic has look-alikes (اين)
                }
            } else if (Character.UnicodeScript.of(first) == Character.UnicodeScript.LATIN) {
                latinWords++;
                if (ENGLISH_WORDS.contains(raw.toLowerCase(java.util.Locale.ROOT))) {
                    englishWords++;
                }
            }
        }
    }
}
