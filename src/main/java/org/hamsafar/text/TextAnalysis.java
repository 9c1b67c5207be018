package org.hamsafar.text;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis says about one text.
 *
 * @param language     the language detected from the text
 * @param sentiment    the sentiment of the whole text
 * @param topics       topics of the taxonomy the text mentions, each with its own sentiment
 * @param emotions     every {@link Emotion} with a strength 0..1, in enum order
 * @param keywords     the text's most telling words, in normalised form, most telling first
 * @param modelVersion the model that produced the sentiment, so stored results can be re-run
 */
public record TextAnalysis(DetectedLanguage language, Sentiment sentiment, List<TopicMention> topics,
                           Map<Emotion, Double> emotions, List<String> keywords, String modelVersion) {

    public TextAnalysis {
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
