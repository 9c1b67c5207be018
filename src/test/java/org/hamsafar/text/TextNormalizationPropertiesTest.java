package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalisation, tokens and language detection hold up on any text, including broken Unicode. */
class TextNormalizationPropertiesTest {

    private final PersianTextNormalizer normalizer = new PersianTextNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final LanguageDetector detector = new LanguageDetector();

    @Property(tries = 500)
    void normalisingNeverThrowsAndEveryOffsetPointsInsideTheOriginal(@ForAll("texts") String raw) {
        NormalizedText normalized = normalizer.normalize(raw);
        int length = normalized.length();
        for (int i = 0; i < length; i++) {
            Span span = normalized.toOriginal(i, i + 1);
            assertThat(span.length()).isPositive();
            assertThat(span.end()).isLessThanOrEqualTo(raw.length());
            if (i > 0) { // in the order of the original text
                assertThat(span.start()).isGreaterThanOrEqualTo(normalized.originalStart(i - 1));
            }
        }
        for (int i = 0; i <= length; i++) {
            assertThat(normalized.originalStart(i)).isBetween(0, raw.length());
            assertThat(normalized.originalEnd(i)).isBetween(0, raw.length());
        }
        Span whole = normalized.toOriginal(0, length);
        assertThat(whole.end()).isLessThanOrEqualTo(raw.length());
    }

    @Property(tries = 300)
    void tokensLieInsideTheNormalisedAndTheOriginalText(@ForAll("texts") String raw) {
        TextTokens tokens = tokenizer.tokenize(raw);
        int previousEnd = 0;
        for (Token token : tokens.tokens()) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start()).isLessThanOrEqualTo(tokens.text().length());
            assertThat(token.text()).isEqualTo(tokens.text().text().substring(token.start(), token.end()));
            Span original = tokens.originalSpan(token);
            assertThat(original.end()).isLessThanOrEqualTo(raw.length());
            previousEnd = token.end();
        }
        int covered = 0;
        for (Sentence sentence : tokens.sentences()) {
            assertThat(sentence.firstToken()).isEqualTo(covered);
            covered = sentence.endToken();
        }
        assertThat(covered).isEqualTo(tokens.tokens().size());
    }

    @Property(tries = 300)
    void languageDetectionNeverThrows(@ForAll("texts") String raw) {
        assertThat(detector.detect(raw).confidence()).isBetween(0.0, 1.0);
    }

    /** Persian and Latin text with the troublesome characters, lone surrogate halves included, and any chars at all. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> persianAndLatin = Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withCharRange(' ', '~')
                .withChars("\u200C\u200D\u0000\u0007\u001B\uFE0F\u0640\u0653\u0654\n\r\t\u00A0\u20E3\uD83D\uDE0D\uD83C\uDFFD\uDDEE\uDDF7")
                .ofMaxLength(120);
        Arbitrary<String> emojiText = Arbitraries.of("😍", "👎🏽", "👨\u200D👩\u200D👧", "🇮🇷", "1️⃣", "می\u200Cخواهم", "عاااالی",
                "ي", "ك", " ", "!", "؟", ".", "\u0000", "\n", "۱۲", "Hello", "\u200D", "\uDB40\uDC67", "\u0653")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(80);
        return Arbitraries.oneOf(persianAndLatin, emojiText, anything);
    }
}
