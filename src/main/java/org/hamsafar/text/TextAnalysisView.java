package org.hamsafar.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of one analysis, as the API answers it. */
final class TextAnalysisView {

    private TextAnalysisView() {
    }

    static Map<String, Object> of(int index, String id, TextAnalysis analysis) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index);
        out.put("id", id);
        out.put("language", analysis.language().language().code());
        out.put("languageConfidence", Math.round(analysis.language().confidence() * 1000) / 1000.0);
        out.put("mixed", analysis.language().mixed());
        out.put("sentiment", sentiment(analysis.sentiment()));
        out.put("topics", analysis.topics().stream().map(TextAnalysisView::topic).toList());
        Map<String, Double> emotions = new LinkedHashMap<>();
        analysis.emotions().forEach((emotion, value) -> emotions.put(emotion.code(), value));
        out.put("emotions", emotions);
        out.put("keywords", analysis.keywords());
        out.put("model", analysis.modelVersion());
        return out;
    }

    static Map<String, Object> sentiment(Sentiment sentiment) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", sentiment.label().code());
        out.put("score", sentiment.score());
        out.put("confidence", sentiment.confidence());
        return out;
    }

    static Map<String, Object> topic(TopicMention mention) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", mention.key());
        out.put("label", mention.label());
        out.put("sentiment", sentiment(mention.sentiment()));
        out.put("spans", mention.spans().stream().map(s -> List.of(s.start(), s.end())).toList());
        return out;
    }
}
