package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of the lexicon scorer, checked by hand against a tiny lexicon: each expected value is
 * worked out from the valences below, the squashing {@code x / sqrt(x² + 15)} and the factors.
 */
class LexiconSentimentScorerTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final TextReader reader = new TextReader(Map.of("خوبه", "خوب"), Map.of());
    private final LexiconSentimentScorer scorer = new LexiconSentimentScorer(lexicon());

    private SentimentLexicon lexicon() {
        PhraseDictionary.Builder<Double> words = PhraseDictionary.builder();
        words.add(List.of("خوب"), 2.0).add(List.of("بد"), -2.0).add(List.of("مشکل"), -1.5).add(List.of("دیر", "رسید"), -2.0)
                .add(List.of("good"), 2.0).add(List.of("slow"), -1.0).add(List.of("پسندید"), 2.0)
                .add(List.of("فوقالعاده"), 3.0).add(List.of("سرد"), -1.0);
        PhraseDictionary.Builder<Modifier> modifiers = PhraseDictionary.builder();
        modifiers.add(List.of("خیلی"), new Modifier(Modifier.Kind.INTENSIFIER, 1.3))
                .add(List.of("کمی"), new Modifier(Modifier.Kind.DIMINISHER, 0.7))
                .add(List.of("not"), new Modifier(Modifier.Kind.NEGATOR, -0.75))
                .add(List.of("هیچ"), new Modifier(Modifier.Kind.NEGATOR, -0.75))
                .add(List.of("ولی"), new Modifier(Modifier.Kind.CONTRAST, 1.5))
                .add(List.of("but"), new Modifier(Modifier.Kind.CONTRAST, 1.5))
                .add(List.of("although"), new Modifier(Modifier.Kind.CONCESSIVE, 0.5))
                .add(List.of("فوقالعاده"), new Modifier(Modifier.Kind.INTENSIFIER, 1.5));
        return new SentimentLexicon(words.build(), modifiers.build(), Map.of("😡", -3.0), Map.of(":)", 1.5));
    }

    private LexiconScore score(String text) {
        return scorer.score(reader.read(text));
    }

    private static double squash(double x) {
        return x / Math.sqrt(x * x + 15);
    }

    @Test
    void aSentimentWordAddsItsValenceSquashed() {
        assertThat(score("غذا خوب بود").valence()).isCloseTo(2.0, within(1e-9));
        assertThat(score("غذا خوب بود").compound()).isCloseTo(squash(2.0), within(1e-9)); // 0.4588
        assertThat(score("غذا رسید").evidence()).isZero();
    }

    @Test
    void intensifiersAndDiminishersMultiply() {
        assertThat(score("خیلی خوب").valence()).isCloseTo(2.6, within(1e-9));
        assertThat(score("کمی بد").valence()).isCloseTo(-1.4, within(1e-9));
    }

    @Test
    void aStrongWordRightBeforeAnotherOnlyIntensifiesIt() {
        assertThat(score("فوق‌العاده سرد بود").valence()).as("extremely cold: -1 × 1.5").isCloseTo(-1.5, within(1e-9));
        assertThat(score("فوق‌العاده بود").valence()).as("extraordinary").isCloseTo(3.0, within(1e-9));
    }

    @Test
    void persianNegationByTheVerbAfterTheWordFlips() {
        assertThat(score("بد نبود").valence()).as("بد نبود: -2 × -0.75").isCloseTo(1.5, within(1e-9));
        assertThat(score("خوب نیست").valence()).isCloseTo(-1.5, within(1e-9));
        assertThat(score("بد بود").valence()).isCloseTo(-2.0, within(1e-9));
    }

    @Test
    void negativeConcordCountsOnce() {
        // هیچ before and the negated verb after are one negation: -1.5 × -0.75
        assertThat(score("هیچ مشکلی نداشتم").valence()).isCloseTo(1.125, within(1e-9));
    }

    @Test
    void aNegativeVerbPrefixNegatesTheWordItself() {
        assertThat(score("نپسندیدم").valence()).isCloseTo(-1.5, within(1e-9));
        assertThat(score("پسندیدم").valence()).isCloseTo(2.0, within(1e-9));
        assertThat(score("دیر نرسید").valence()).as("a phrase negated through one of its words").isCloseTo(1.5, within(1e-9));
    }

    @Test
    void englishNegationComesBefore() {
        assertThat(score("not good").valence()).isCloseTo(-1.5, within(1e-9));
        assertThat(score("good, not").valence()).as("a negator in another clause").isCloseTo(2.0, within(1e-9));
    }

    @Test
    void theClauseAfterAContrastWeighsMore() {
        // خوب × 0.5 + دیر رسید × 1.5 = 1 - 3
        assertThat(score("غذا خوب بود ولی دیر رسید").valence()).isCloseTo(-2.0, within(1e-9));
        assertThat(score("good but slow").valence()).isCloseTo(2.0 * 0.5 - 1.0 * 1.5, within(1e-9));
    }

    @Test
    void aSentenceOpeningWithAContrastWeighsTheEarlierOnesDown() {
        // sentence 1: خوب = 2, halved; sentence 2: دیر رسید after ولی × 1.5
        assertThat(score("غذا خوب بود. ولی دیر رسید").valence()).isCloseTo(1.0 - 3.0, within(1e-9));
    }

    @Test
    void aConcessiveClauseWeighsLess() {
        // although slow (× 0.5), good (× 1.5)
        assertThat(score("although slow, good").valence()).isCloseTo(-0.5 + 3.0, within(1e-9));
    }

    @Test
    void emojiEmoticonsAndExclamationsCount() {
        assertThat(score("😡").valence()).isCloseTo(-3.0, within(1e-9));
        assertThat(score("😡🏻").valence()).as("skin tone ignored").isCloseTo(-3.0, within(1e-9));
        assertThat(score("good :)").valence()).isCloseTo(3.5, within(1e-9));
        assertThat(score("https://example.com/:)x").evidence()).as("not an emoticon inside a link").isZero();
        assertThat(score("خوب!!").valence()).as("two marks: × 1.2").isCloseTo(2.4, within(1e-9));
    }

    @Test
    void informalSpellingsAndInflectionsFindTheBaseWord() {
        assertThat(score("خوبه").valence()).isCloseTo(2.0, within(1e-9));
        assertThat(score("خوبها").valence()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void anEnglishWordInCapitalsAmongLowerCaseWeighsMore() {
        assertThat(score("it was GOOD").valence()).isCloseTo(2.6, within(1e-9));
        assertThat(score("IT WAS GOOD").valence()).as("all capitals is not emphasis").isCloseTo(2.0, within(1e-9));
    }
}
