package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.RecordedInteraction;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.ResponsesStored;
import org.hamsafar.text.TextsAnalysed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Turns responses, events and analysed texts into the items rules read, with their fields named as {@link RuleField} names them. */
final class RuleItems {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY_TEXT = 500;

    private RuleItems() {
    }

    static RuleItem of(ResponsesStored.Response r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (QuestionType scored : List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.CES, QuestionType.RATING)) {
            r.score(scored).ifPresent(score -> fields.put("answer." + scored.key(), score.doubleValue()));
        }
        r.answers().forEach((key, value) -> fields.put("answer." + key, ItemJson.normalise(value)));
        fields.put("survey.id", (double) r.surveyId());
        put(fields, "response.channel", r.channel());
        put(fields, "response.touchpoint", r.touchpoint());
        put(fields, "response.language", r.language());
        StringBuilder summary = new StringBuilder();
        for (QuestionType scored : List.of(QuestionType.NPS, QuestionType.CSAT, QuestionType.CES)) {
            r.score(scored).ifPresent(score -> summary.append(scored.key().toUpperCase(java.util.Locale.ROOT)).append(' ')
                    .append(score).append("; "));
        }
        summary.append(r.surveyName() == null ? "survey " + r.surveyId() : r.surveyName());
        r.answers().forEach((key, value) -> {
            if (r.types().get(key) == QuestionType.TEXT && value instanceof String text && !text.isBlank()) {
                summary.append(": ").append(clip(text));
            }
        });
        return new RuleItem(RuleSubject.RESPONSE, "response:" + r.responseId(), r.customerId(), r.submittedAt(), fields,
                clip(summary.toString()));
    }

    static RuleItem of(RecordedInteraction e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event.type", e.type());
        put(fields, "event.channel", e.channel());
        put(fields, "event.touchpoint", e.touchpoint());
        if (e.value() != null) {
            fields.put("event.value", e.value().doubleValue());
        }
        if (e.propertiesJson() != null && !e.propertiesJson().isBlank()) {
            JsonNode properties = JSON.readTree(e.propertiesJson());
            if (properties.isObject()) {
                properties.properties().forEach(p -> {
                    Object value = scalar(p.getValue());
                    if (value != null) {
                        fields.put("event.properties." + p.getKey(), value);
                    }
                });
            }
        }
        String summary = e.type() + " (" + e.channel() + (e.touchpoint() == null ? "" : ", " + e.touchpoint()) + ")"
                + (e.text() == null ? "" : ": " + clip(e.text()));
        return new RuleItem(RuleSubject.EVENT, "event:" + e.eventId(), e.customerId(), e.occurredAt(), fields, clip(summary));
    }

    static RuleItem of(TextsAnalysed.Text t) {
        String text = t.text();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("text.sentiment", t.sentiment());
        fields.put("text.score", t.score());
        fields.put("text.topics", new ArrayList<>(t.topics().keySet()));
        t.topics().forEach((topic, sentiment) -> fields.put("text.topic." + topic, sentiment));
        t.emotions().forEach((emotion, strength) -> fields.put("text.emotion." + emotion, strength));
        fields.put("text.language", t.language());
        fields.put("text.source", t.source());
        put(fields, "text.channel", t.channel());
        put(fields, "text.touchpoint", t.touchpoint());
        if (t.surveyId() != null) {
            fields.put("text.survey", t.surveyId().doubleValue());
        }
        fields.put("text.keywords", new ArrayList<>(t.keywords()));
        String summary = t.sentiment() + (t.topics().isEmpty() ? "" : " " + t.topics()) + (text == null ? "" : ": " + clip(text));
        return new RuleItem(RuleSubject.TEXT, "text:" + t.source() + ":" + t.sourceId(), t.customerId(), t.occurredAt(), fields,
                clip(summary));
    }

    private static Object scalar(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isString()) {
            return node.asString();
        }
        return null;
    }

    private static void put(Map<String, Object> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static String clip(String text) {
        return text.length() <= SUMMARY_TEXT ? text : text.substring(0, SUMMARY_TEXT - 3) + "...";
    }
}
