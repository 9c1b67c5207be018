package org.hamsafar.text;

/** The shipped dictionaries and the parts built on them, loaded once and shared by every model. */
record TextResources(TextReader reader, SentimentLexicon lexicon, LexiconSentimentScorer scorer,
                     EmotionScorer emotions, KeywordExtractor keywords, TextFeatures features) {

    static TextResources shipped() {
        TextReader reader = TextReader.withShippedSpellings();
        SentimentLexicon lexicon = SentimentLexicon.shipped(reader.tokenizer());
        return new TextResources(reader, lexicon, new LexiconSentimentScorer(lexicon),
                EmotionScorer.shipped(reader.tokenizer(), lexicon.modifiers()),
                new KeywordExtractor(reader.tokenizer(), lexicon.modifiers()),
                new TextFeatures(lexicon.modifiers()));
    }
}
