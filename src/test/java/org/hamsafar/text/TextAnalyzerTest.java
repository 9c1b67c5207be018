package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped analyser on the cases the product must get right, in Persian, English and both. */
class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.shipped();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "غذا خیلی خوشمزه بود و به موقع رسید | positive",
            "بد نبود | positive",
            "هیچ مشکلی نداشتم | positive",
            "اصلا خوب نبود | negative",
            "غذا خوب بود ولی خیلی دیر رسید و سرد بود | negative",
            "دیر رسید ولی ارزششو داشت | positive",
            "پشتیبانی جواب نمیده، دیگه خرید نمیکنم | negative",
            "not bad at all | positive",
            "The food was great but the service was painfully slow | negative",
            "A bit pricey but worth every penny | positive",
            "I would not recommend this to anyone | negative",
            "😍😍 | positive",
            "😡 | negative",
            "پیتزا great بود 👌 | positive",
            "سفارشم cancel شد و refund هم نکردن | negative"})
    void sentimentOfHardCases(String text, String expected) {
        assertThat(analyzer.sentiment(text).label().code()).isEqualTo(expected);
    }

    @Test
    void intensifiersStrengthenAndDiminishersSoften() {
        double plain = analyzer.sentiment("غذا خوب بود").score();
        assertThat(analyzer.sentiment("غذا خیلی خیلی خوب بود").score()).isGreaterThan(plain);
        assertThat(analyzer.sentiment("غذا یه کم خوب بود").score()).isLessThan(plain);
    }

    @Test
    void spacingVariantsOfTheSameWordsAnalyseAlike() {
        Sentiment joined = analyzer.sentiment("دیگه نمیخوام");
        assertThat(analyzer.sentiment("دیگه نمی‌خوام")).isEqualTo(joined);
        assertThat(analyzer.sentiment("دیگه نمی خوام")).isEqualTo(joined);
        assertThat(analyzer.sentiment("خيلي بد بود")).as("Arabic yeh and kaf").isEqualTo(analyzer.sentiment("خیلی بد بود"));
    }

    @Test
    void eachTopicCarriesTheSentimentOfItsOwnClause() {
        String text = "پیک خیلی بی‌ادب بود ولی غذا عالی بود";
        TextAnalysis analysis = analyzer.analyze(text);

        TopicMention delivery = topic(analysis, "delivery");
        TopicMention food = topic(analysis, "food_quality");
        assertThat(delivery.sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(food.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(delivery.label()).isEqualTo("ارسال و تحویل");
        assertThat(text.substring(delivery.spans().get(0).start(), delivery.spans().get(0).end())).isEqualTo("پیک");
        assertThat(text.substring(food.spans().get(0).start(), food.spans().get(0).end())).isEqualTo("غذا");
    }

    @Test
    void topicSpansPointIntoTheTextAsWritten() {
        String text = "The  COURIER was rude‌, and the app crashed twice.";
        TextAnalysis analysis = analyzer.analyze(text);

        Span courier = topic(analysis, "delivery").spans().get(0);
        assertThat(text.substring(courier.start(), courier.end())).isEqualTo("COURIER");
        assertThat(topic(analysis, "website_app").sentiment().label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analysis.topics().get(0).label()).isEqualTo("Delivery");
    }

    @Test
    void emotionsFollowTheWords() {
        TextAnalysis angry = analyzer.analyze("I am so angry, this is the third time the order is late!");
        TextAnalysis grateful = analyzer.analyze("ممنون از پشتیبانی، خیلی صبور و دلسوز بودند");
        TextAnalysis calm = analyzer.analyze("the order number is 1234");

        assertThat(angry.emotions().get(Emotion.ANGER)).isGreaterThan(0.4).isGreaterThan(angry.emotions().get(Emotion.JOY));
        assertThat(grateful.emotions().get(Emotion.TRUST)).isGreaterThan(0.3);
        assertThat(calm.emotions().values()).allMatch(v -> v == 0.0);
        assertThat(angry.emotions()).containsOnlyKeys(Emotion.values());
    }

    @Test
    void negatedEmotionWordsDoNotCount() {
        assertThat(analyzer.analyze("I am not angry").emotions().get(Emotion.ANGER)).isZero();
        assertThat(analyzer.analyze("اصلا عصبانی نیستم").emotions().get(Emotion.ANGER)).isZero();
    }

    @Test
    void keywordsLeaveOutStopWords() {
        List<String> keywords = analyzer.analyze("The delivery was late and the delivery guy was rude").keywords();
        assertThat(keywords).first().isEqualTo("delivery");
        assertThat(keywords).contains("late", "rude").doesNotContain("the", "was", "and");
    }

    @Test
    void textsWithoutWordsAreNeutralWithoutConfidence() {
        for (String nothing : new String[] {"", "   ", "\u0000\u0001", "123 456", "...", null}) {
            Sentiment sentiment = analyzer.sentiment(nothing);
            assertThat(sentiment.label()).as("%s", nothing).isEqualTo(SentimentLabel.NEUTRAL);
            assertThat(sentiment.confidence()).isLessThan(0.5);
        }
        assertThat(analyzer.analyze("").language().language()).isEqualTo(Language.OTHER);
    }

    @Test
    void controlCharactersAndHugeTextsAreHandled() {
        assertThat(analyzer.sentiment("خیلی\u0000 بد\u0007 بود")).isEqualTo(analyzer.sentiment("خیلی بد بود"));
        TextAnalysis huge = analyzer.analyze("عالی ".repeat(25_000));
        assertThat(huge.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void theModelVersionNamesTheShippedResources() {
        assertThat(analyzer.modelVersion()).matches("builtin-[0-9a-f]{12}").isEqualTo(BuiltInModel.version());
    }

    private static TopicMention topic(TextAnalysis analysis, String key) {
        return analysis.topics().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + key + " in " + analysis.topics()));
    }
}
