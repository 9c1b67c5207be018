package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String raw) {
        return tokenizer.tokenize(raw).tokens().stream().map(Token::text).toList();
    }

    @Test
    void wordsNumbersEmojisAndPunctuationAreTokensOfTheirKind() {
        TextTokens tokens = tokenizer.tokenize("غذا ۳۰ دقیقه دیر رسید، ولی عالی بود! 😍");
        assertThat(tokens.tokens()).extracting(Token::text, Token::type).containsExactly(
                tuple("غذا", TokenType.WORD), tuple("30", TokenType.NUMBER), tuple("دقیقه", TokenType.WORD),
                tuple("دیر", TokenType.WORD), tuple("رسید", TokenType.WORD), tuple("،", TokenType.PUNCTUATION),
                tuple("ولی", TokenType.WORD), tuple("عالی", TokenType.WORD), tuple("بود", TokenType.WORD),
                tuple("!", TokenType.PUNCTUATION), tuple("😍", TokenType.EMOJI));
        assertThat(tokens.tokens().get(5).separatesClauses()).isTrue();
        assertThat(tokens.tokens().get(9).endsSentence()).isTrue();
    }

    @Test
    void emojiSequencesStayWholeTokens() {
        TextTokens tokens = tokenizer.tokenize("😍👎🏽 👨\u200D👩\u200D👧 ❤️ 🇮🇷🇩🇪 1️⃣ 👍");
        assertThat(tokens.tokens()).extracting(Token::text)
                .containsExactly("😍", "👎🏽", "👨\u200D👩\u200D👧", "❤️", "🇮🇷", "🇩🇪", "1️⃣", "👍");
        assertThat(tokens.tokens()).extracting(Token::type).containsOnly(TokenType.EMOJI);
    }

    @Test
    void emojiGluedToWordsIsSplitOff() {
        assertThat(texts("عالی😍بود")).containsExactly("عالی", "😍", "بود");
        assertThat(texts("bad👎🏽")).containsExactly("bad", "👎🏽");
    }

    @Test
    void theThreeSpellingsOfAVerbGiveOneToken() {
        assertThat(texts("می\u200Cخواهم")).containsExactly("میخواهم");
        assertThat(texts("میخواهم")).containsExactly("میخواهم");
        assertThat(texts("می خواهم")).containsExactly("میخواهم");
        assertThat(texts("کتاب ها را نمی خواهم")).containsExactly("کتابها", "را", "نمیخواهم");
    }

    @Test
    void numbersKeepInnerSeparatorsAndWordsTheirApostrophes() {
        assertThat(tokenizer.tokenize("rated 3.5 of 1,000. Don't e-mail me").tokens())
                .extracting(Token::text, Token::type).containsExactly(
                        tuple("rated", TokenType.WORD), tuple("3.5", TokenType.NUMBER), tuple("of", TokenType.WORD),
                        tuple("1,000", TokenType.NUMBER), tuple(".", TokenType.PUNCTUATION),
                        tuple("don't", TokenType.WORD), tuple("e-mail", TokenType.WORD), tuple("me", TokenType.WORD));
    }

    @Test
    void scriptChangesSplitGluedWords() {
        assertThat(texts("سفارشok شد")).containsExactly("سفارش", "ok", "شد");
        assertThat(texts("۳تا mp3")).containsExactly("3", "تا", "mp3");
    }

    @Test
    void runsOfSentencePunctuationAreOneToken() {
        assertThat(texts("واقعا؟! نه... خوب!!!")).containsExactly("واقعا", "؟!", "نه", "...", "خوب", "!!!");
    }

    @Test
    void sentencesSplitOnPersianQuestionMarkAndFullStop() {
        TextTokens tokens = tokenizer.tokenize("سفارش دیر رسید؟ غذا سرد بود. ولی پیک مودب بود");
        assertThat(tokens.sentences()).extracting(s -> s.span().of(tokens.text().text()))
                .containsExactly("سفارش دیر رسید؟", "غذا سرد بود.", "ولی پیک مودب بود");
        assertThat(tokens.tokensOf(tokens.sentences().get(1))).extracting(Token::text)
                .containsExactly("غذا", "سرد", "بود", ".");
    }

    @Test
    void sentencesSplitOnEnglishPunctuationAndLineBreaksAndKeepTrailingEmoji() {
        TextTokens tokens = tokenizer.tokenize("It was OK. Not great! 👎🏽 Support was slow\nwould not order again");
        assertThat(tokens.sentences()).extracting(s -> s.span().of(tokens.text().text())).containsExactly(
                "it was ok.", "not great! 👎🏽", "support was slow", "would not order again");
    }

    @Test
    void punctuationOnItsOwnJoinsThePreviousSentence() {
        TextTokens tokens = tokenizer.tokenize("خوب بود\n!!!");
        assertThat(tokens.sentences()).hasSize(1);
        assertThat(tokens.sentences().get(0).span().of(tokens.text().text())).isEqualTo("خوب بود\n!!!");
    }

    @Test
    void tokenOffsetsMapBackToTheOriginalText() {
        String raw = "پشتیبانی  خيلي\u200Cخوب بود but the APP crashed 👎🏽 عاااالی!";
        TextTokens tokens = tokenizer.tokenize(raw);
        assertThat(tokens.tokens()).extracting(t -> tokens.originalSpan(t).of(raw)).containsExactly(
                "پشتیبانی", "خيلي\u200Cخوب", "بود", "but", "the", "APP", "crashed", "👎🏽", "عاااالی", "!");
        assertThat(tokens.originalSpan(tokens.sentences().get(0)).of(raw)).isEqualTo(raw);
    }

    @Test
    void emptyAndBlankTextsHaveNoTokensOrSentences() {
        assertThat(tokenizer.tokenize("").tokens()).isEmpty();
        assertThat(tokenizer.tokenize(" \u0000 \n").sentences()).isEmpty();
        assertThat(tokenizer.tokenize((String) null).tokens()).isEmpty();
    }

    @Test
    void aHundredThousandCharactersWithControlCharactersDoNotThrow() {
        StringBuilder raw = new StringBuilder();
        while (raw.length() < 100_000) {
            raw.append("خیلی\u0000 خوب 👍🏻 بود.\u0001 Not bad\u001B!! ۱۲٫۵\t");
        }
        TextTokens tokens = tokenizer.tokenize(raw.toString());
        assertThat(tokens.tokens()).hasSizeGreaterThan(10_000);
        assertThat(tokens.sentences()).hasSizeGreaterThan(1_000);
        assertThat(tokens.tokens()).extracting(Token::text).doesNotContain("\u0000");
    }
}
