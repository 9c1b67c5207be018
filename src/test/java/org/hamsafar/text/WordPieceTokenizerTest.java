package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    /** Ids are positions, as in a vocab.txt with one token per line. */
    private static Map<String, Integer> vocabulary(String... tokens) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            vocabulary.put(tokens[i], i);
        }
        return vocabulary;
    }

    private static final Map<String, Integer> CLASSIC = vocabulary(
            "[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "want", "##want", "##ed", "wa", "runn", "##ing", ",",
            "غذا", "عالی", "بود", "آرام", "میخواهم", "a", "##😀", "!");

    @Test
    void piecesWordsGreedilyLongestMatchFirst() {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(CLASSIC, true, 128);

        assertThat(tokenizer.wordPieces("unaffable")).containsExactly("un", "##aff", "##able");
        assertThat(tokenizer.wordPieces("unwanted")).containsExactly("un", "##want", "##ed");
        // "want" is preferred to "wa" + ... because the longest prefix wins
        assertThat(tokenizer.wordPieces("wanted")).containsExactly("want", "##ed");
        assertThat(tokenizer.wordPieces("running")).containsExactly("runn", "##ing");
        // one part that matches nothing makes the whole word unknown, not just the tail
        assertThat(tokenizer.wordPieces("unwantedx")).containsExactly("[UNK]");
        assertThat(tokenizer.wordPieces("x")).containsExactly("[UNK]");
        // a supplementary char is never cut in half
        assertThat(tokenizer.wordPieces("a😀")).containsExactly("a", "##😀");
        assertThat(tokenizer.wordPieces("un".repeat(51))).as("over 100 chars").containsExactly("[UNK]");
    }

    @Test
    void encodesTheClassicExampleWithSpecialTokensAndIds() {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(CLASSIC, true, 128);

        WordPieceTokenizer.Encoding encoding = tokenizer.encode("UNwant\u00E9d,running");

        assertThat(encoding.tokens()).containsExactly("[CLS]", "un", "##want", "##ed", ",", "runn", "##ing", "[SEP]");
        assertThat(encoding.ids()).containsExactly(2, 4, 8, 9, 13, 11, 12, 3);
        assertThat(encoding.mask()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(encoding.types()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(encoding.textTokens()).isEqualTo(6);
    }

    @Test
    void basicTokensSplitOnWhitespaceAndPunctuationAndLowerCaseOnlyWhenAsked() {
        WordPieceTokenizer uncased = new WordPieceTokenizer(CLASSIC, true, 128);
        WordPieceTokenizer cased = new WordPieceTokenizer(CLASSIC, false, 128);

        assertThat(uncased.basicTokens(" \tHeLLo!how  \n Are yoU?  ")).containsExactly("hello", "!", "how", "are", "you", "?");
        assertThat(cased.basicTokens(" \tHeLLo!how  \n Are yoU?  ")).containsExactly("HeLLo", "!", "how", "Are", "yoU", "?");
        assertThat(uncased.basicTokens("H\u00E9llo caf\u00E9s")).as("accents stripped").containsExactly("hello", "cafes");
        assertThat(cased.basicTokens("H\u00E9llo")).containsExactly("H\u00E9llo");
        // ASCII symbols count as punctuation, as in BERT; control characters vanish
        assertThat(uncased.basicTokens("a+b$c\u0007d")).containsExactly("a", "+", "b", "$", "cd");
        assertThat(uncased.basicTokens("中文ab")).containsExactly("中", "文", "ab");
    }

    @Test
    void keepsPersianLettersAsTheyAreAndSplitsPersianPunctuation() {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(CLASSIC, true, 128);

        assertThat(tokenizer.basicTokens("غذا، عالی بود!")).containsExactly("غذا", "،", "عالی", "بود", "!");
        assertThat(tokenizer.basicTokens("«آرام» و ساکت؟")).containsExactly("«", "آرام", "»", "و", "ساکت", "؟");
        // Accent stripping would have turned آ into ا and ئ into an Arabic yeh
        assertThat(tokenizer.basicTokens("آرام پائیز")).containsExactly("آرام", "پائیز");
        // The zero-width non-joiner is a format character: BERT drops it, joining the word
        assertThat(tokenizer.basicTokens("می\u200Cخواهم")).containsExactly("میخواهم");

        WordPieceTokenizer.Encoding encoding = tokenizer.encode("غذا عالی بود، آرام");
        assertThat(encoding.tokens()).containsExactly("[CLS]", "غذا", "عالی", "بود", "[UNK]", "آرام", "[SEP]");
        assertThat(encoding.ids()).containsExactly(2, 14, 15, 16, 1, 17, 3);
    }

    @Test
    void truncatesToMaxLengthCountingTheSpecialTokens() {
        WordPieceTokenizer tokenizer = new WordPieceTokenizer(CLASSIC, true, 5);

        WordPieceTokenizer.Encoding encoding = tokenizer.encode("unaffable running wanted");

        assertThat(encoding.tokens()).containsExactly("[CLS]", "un", "##aff", "##able", "[SEP]");
        assertThat(encoding.length()).isEqualTo(5);
        assertThat(encoding.textTokens()).isEqualTo(3);
    }

    @Test
    void leavesOutSpecialTokensTheVocabularyLacksAndCountsAnEmptyText() {
        WordPieceTokenizer plain = new WordPieceTokenizer(vocabulary("[UNK]", "good", "##ness"), true, 2);

        WordPieceTokenizer.Encoding encoding = plain.encode("Goodness me");
        assertThat(encoding.tokens()).containsExactly("good", "##ness");
        assertThat(encoding.ids()).containsExactly(1, 2);

        WordPieceTokenizer.Encoding empty = new WordPieceTokenizer(CLASSIC, true, 128).encode(" \u200C\t ");
        assertThat(empty.tokens()).containsExactly("[CLS]", "[SEP]");
        assertThat(empty.textTokens()).isZero();
    }

    @Test
    void refusesAVocabularyWithoutUnknownToken() {
        assertThatThrownBy(() -> new WordPieceTokenizer(vocabulary("[CLS]", "a"), true, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[UNK]");
        assertThatThrownBy(() -> new WordPieceTokenizer(CLASSIC, true, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLength 2");
        assertThat(new WordPieceTokenizer(CLASSIC, true, 3).encode("unaffable").tokens())
                .containsExactly("[CLS]", "un", "[SEP]");
    }
}
