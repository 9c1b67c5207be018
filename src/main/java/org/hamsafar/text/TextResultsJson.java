package org.hamsafar.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the text result endpoints. Scores and shares are rounded to 3 decimals. */
final class TextResultsJson {
    private TextResultsJson() {
    }

    static Map<String, Object> summary(TextSummary summary, TopicTaxonomy taxonomy) {
        TextScope scope = summary.scope();
        CommentFilter filter = summary.filter();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", time(scope.from(), summary.zone()));
        body.put("to", time(scope.to(), summary.zone()));
        body.put("zone", summary.zone().getId());
        body.put("interval", summary.interval().key());
        body.put("calendar", summary.calendar().key());
        body.put("source", scope.source());
        body.put("surveyId", scope.surveyId());
        body.put("channel", scope.channel());
        body.put("touchpoint", scope.touchpoint());
        body.put("segment", scope.segment());
        body.put("sentiment", filter.sentiment() == null ? null : filter.sentiment().code());
        body.put("topic", filter.topic());
        body.put("language", filter.language());
        body.put("q", filter.q());
        body.put("total", tally(new LinkedHashMap<>(), summary.total()));
        body.put("trend", summary.trend().stream().map(point -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period", point.period().toString());
            json.put("label", point.label());
            tally(json, point.tally());
            json.put("partial", point.partial());
            return json;
        }).toList());
        body.put("topics", summary.topics().stream().map(topic -> {
            Map<String, Object> json = labelled("key", topic.key(), taxonomy);
            json.put("mentions", topic.mentions());
            json.put("positive", topic.positive());
            json.put("neutral", topic.neutral());
            json.put("negative", topic.negative());
            json.put("averageScore", round(topic.averageScore()));
            return json;
        }).toList());
        body.put("negativeTopicsByTouchpoint", summary.negativeByTouchpoint().stream().map(row -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("touchpoint", row.touchpoint());
            json.putAll(labelled("topic", row.topic(), taxonomy));
            json.put("negative", row.negative());
            json.put("mentions", row.mentions());
            json.put("share", round(row.share()));
            return json;
        }).toList());
        return body;
    }

    static Map<String, Object> comment(StoredComment comment, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", comment.source());
        json.put("sourceId", comment.sourceId());
        json.put("surveyId", comment.surveyId());
        json.put("questionKey", comment.questionKey());
        json.put("channel", comment.channel());
        json.put("touchpoint", comment.touchpoint());
        json.put("occurredAt", time(comment.occurredAt(), zone));
        json.put("text", comment.text());
        json.put("language", comment.language());
        Map<String, Object> sentiment = new LinkedHashMap<>();
        sentiment.put("label", comment.sentiment());
        sentiment.put("score", round(comment.score()));
        sentiment.put("confidence", round(comment.confidence()));
        json.put("sentiment", sentiment);
        json.put("topics", comment.topics());
        return json;
    }

    static Map<String, Object> topic(Topic topic) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", topic.key());
        json.put("labelFa", topic.labelFa());
        json.put("labelEn", topic.labelEn());
        json.put("termsFa", topic.termsFa());
        json.put("termsEn", topic.termsEn());
        return json;
    }

    static List<Map<String, Object>> topics(List<Topic> topics) {
        return topics.stream().map(TextResultsJson::topic).toList();
    }

    /** The topic's key and its current labels (null for a topic no longer in the taxonomy). */
    private static Map<String, Object> labelled(String field, String key, TopicTaxonomy taxonomy) {
        Topic topic = taxonomy.topic(key);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(field, key);
        json.put("labelFa", topic == null ? null : topic.labelFa());
        json.put("labelEn", topic == null ? null : topic.labelEn());
        return json;
    }

    private static Map<String, Object> tally(Map<String, Object> json, SentimentTally tally) {
        json.put("texts", tally.texts());
        json.put("positive", tally.positive());
        json.put("neutral", tally.neutral());
        json.put("negative", tally.negative());
        json.put("averageScore", tally.averageScore() == null ? null : round(tally.averageScore()));
        return json;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, zone));
    }
}
