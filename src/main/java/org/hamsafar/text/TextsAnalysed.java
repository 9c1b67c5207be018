package org.hamsafar.text;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts stored live (not loaded as history) and analysed for the first time (a re-analysis after
 * a model or taxonomy change is not reported again), for modules that act on what customers
 * wrote as they write it (alert rules).
 *
 * <p>Published synchronously <em>inside</em> the transaction that stores the results: what a
 * plain {@code @EventListener} writes commits with them or not at all. Listeners must be quick; an
 * exception fails the batch, which is then analysed again.
 */
public record TextsAnalysed(List<Text> texts) {

    /**
     * One analysed text. {@code source} is {@code survey_answer} (then {@code sourceId} is
     * "responseId:questionKey"), {@code event} or {@code case_note}; {@code sentiment} and each
     * topic's sentiment are positive, neutral or negative; emotions by their key, 0..1; {@code text} as written.
     */
    public record Text(String source, String sourceId, Long customerId, Long surveyId, String questionKey, String channel,
                       String touchpoint, Instant occurredAt, String language, String sentiment, double score,
                       Map<String, String> topics, Map<String, Double> emotions, List<String> keywords, String text) {
    }

    public TextsAnalysed {
        texts = List.copyOf(texts);
    }

    static TextsAnalysed of(List<AnalysedText> results) {
        return new TextsAnalysed(results.stream().map(TextsAnalysed::text).toList());
    }

    static Text text(AnalysedText result) {
        PendingText t = result.text();
        TextAnalysis a = result.analysis();
        Map<String, String> topics = new LinkedHashMap<>();
        a.topics().forEach(m -> topics.put(m.key(), m.sentiment().label().code()));
        Map<String, Double> emotions = new LinkedHashMap<>();
        new EnumMap<>(a.emotions()).forEach((emotion, strength) -> emotions.put(emotion.code(), strength));
        return new Text(t.source(), t.sourceId(), t.customerId(), t.surveyId(), t.questionKey(), t.channel(), t.touchpoint(),
                t.occurredAt(), a.language().language().code(), a.sentiment().label().code(), a.sentiment().score(), topics,
                emotions, a.keywords(), t.text());
    }
}
