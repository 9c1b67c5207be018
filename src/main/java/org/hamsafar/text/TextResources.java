package org.hamsafar.text;

/** The shipped dictionaries and the parts built on them, loaded once and shared by every model. */
record TextResources(TextReader reader, SentimentLexicon lexicon, LexiconSentimentScorer scorer,
                     EmotionScorer emotions, KeywordExtractor keywords, TextFeatures features) {

    static TextResources shipped() {
        TextReader reader = TextReader.withShippedSpellings();
        SentimentLexicon lexicon = SentimentLexicon.shipped(reader.tokenizer());
        EmotionScorer emotions = EmotionScorer.shipped(reader.tokenizer(), lexicon.modifiers());
        reader.learn(lexicon.words().words());
        reader.learn(lexicon.modifiers().words());
        reader.learn(emotions.words().words());
        reader.learn(NegationScope.AUXILIARIES);
        reader.learn(java.util.List.of("نیست"));
        return new TextResources(reader, lexicon, new LexiconSentimentScorer(lexicon), emotions,
                new KeywordExtractor(reader.tokenizer(), lexicon.modifiers()),
                new TextFeatures(lexicon.modifiers()));
    }
}
