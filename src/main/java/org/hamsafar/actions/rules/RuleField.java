package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Keys;

/**
 * The field vocabulary of alert rules. A field is a fixed name ({@code answer.nps}) or a prefix
 * with a key after it ({@code answer.<question key>}, {@code event.properties.<name>}); it belongs
 * to one subject (response, event, text) or, for {@code customer.*}, to any.
 *
 * @param name     the name, or the prefix ending in '.' with {@code keyed}
 * @param subject  the subject it belongs to; null: any subject
 * @param type     what it holds
 * @param min      for numbers, the smallest possible value (null: unbounded)
 * @param max      for numbers, the largest possible value
 * @param labels   for labels, the values it can take
 * @param doc      what it means, for the API docs and the editor
 */
record RuleField(String name, boolean keyed, RuleSubject subject, FieldType type, Double min, Double max, List<String> labels,
                 String doc) {

    static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    static final List<String> EMOTIONS = List.of("anger", "joy", "sadness", "fear", "surprise", "trust", "disgust");
    private static final List<String> CHANNELS = java.util.Arrays.stream(Channel.values()).map(Channel::key).toList();

    static final List<RuleField> ALL = List.of(
            number("answer.nps", RuleSubject.RESPONSE, 0, 10, "The response's first NPS answer, 0-10."),
            number("answer.csat", RuleSubject.RESPONSE, 1, 5, "The response's first CSAT answer, 1-5."),
            number("answer.ces", RuleSubject.RESPONSE, 1, 7, "The response's first CES answer, 1-7 (7: very easy)."),
            number("answer.rating", RuleSubject.RESPONSE, 1, 10, "The response's first star rating."),
            new RuleField("answer.", true, RuleSubject.RESPONSE, FieldType.ANY, null, null, List.of(),
                    "answer.<question key>: the answer to that question (a number, a choice key, a list of choice keys, a text or yes/no as 1/0)."),
            number("survey.id", RuleSubject.RESPONSE, 1, null, "The survey's id."),
            new RuleField("response.channel", false, RuleSubject.RESPONSE, FieldType.LABEL, null, null, CHANNELS, "The channel of the response."),
            key("response.touchpoint", RuleSubject.RESPONSE, "The touchpoint of the response."),
            new RuleField("response.language", false, RuleSubject.RESPONSE, FieldType.LABEL, null, null, List.of("fa", "en"),
                    "The language the response was given in."),
            key("event.type", RuleSubject.EVENT, "The event's type, e.g. call_ended."),
            new RuleField("event.channel", false, RuleSubject.EVENT, FieldType.LABEL, null, null, CHANNELS, "The event's channel."),
            key("event.touchpoint", RuleSubject.EVENT, "The event's touchpoint, e.g. support_line."),
            number("event.value", RuleSubject.EVENT, null, null, "The event's money value."),
            new RuleField("event.properties.", true, RuleSubject.EVENT, FieldType.ANY, null, null, List.of(),
                    "event.properties.<name>: a top-level property of the event."),
            new RuleField("event.count", false, RuleSubject.EVENT, FieldType.COUNT, 0.0, null, List.of(),
                    "How many of the customer's events (this one included) fall in the `window` before this event (\"7d\", \"24h\", "
                            + "\"90m\" or ISO-8601 like \"P7D\"), counting only those that fit `match` ({type, channel, touchpoint})."),
            new RuleField("text.sentiment", false, RuleSubject.TEXT, FieldType.LABEL, null, null, SENTIMENTS, "The text's sentiment."),
            number("text.score", RuleSubject.TEXT, -1, 1, "The text's sentiment score, -1 (most negative) to 1."),
            new RuleField("text.topics", false, RuleSubject.TEXT, FieldType.SET, null, null, List.of(),
                    "The keys of the topics the text mentions (use contains)."),
            new RuleField("text.topic.", true, RuleSubject.TEXT, FieldType.LABEL, null, null, SENTIMENTS,
                    "text.topic.<topic key>: the sentiment of what the text says about that topic; absent when not mentioned. "
                            + "\"Negative about refund\" is text.topic.refund = negative."),
            new RuleField("text.emotion.", true, RuleSubject.TEXT, FieldType.NUMBER, 0.0, 1.0, EMOTIONS,
                    "text.emotion.<anger|joy|sadness|fear|surprise|trust|disgust>: the emotion's strength, 0-1."),
            new RuleField("text.language", false, RuleSubject.TEXT, FieldType.LABEL, null, null, List.of("fa", "en", "other"),
                    "The detected language."),
            new RuleField("text.source", false, RuleSubject.TEXT, FieldType.LABEL, null, null,
                    List.of("survey_answer", "event", "case_note"), "Where the text comes from."),
            new RuleField("text.channel", false, RuleSubject.TEXT, FieldType.LABEL, null, null, CHANNELS, "The channel of the text."),
            key("text.touchpoint", RuleSubject.TEXT, "The touchpoint of the text."),
            number("text.survey", RuleSubject.TEXT, 1, null, "For a survey answer, the survey's id."),
            new RuleField("text.keywords", false, RuleSubject.TEXT, FieldType.SET, null, null, List.of(),
                    "The text's keywords, normalised (use contains)."),
            number("metric.nps", RuleSubject.METRIC, -100, 100, "Yesterday's NPS (all surveys), -100 to 100."),
            number("metric.nps.drop", RuleSubject.METRIC, -200, 200,
                    "How many points yesterday's NPS is below the NPS of the 28 days before it (negative: above)."),
            number("metric.nps.responses", RuleSubject.METRIC, 0, null, "How many NPS answers yesterday had."),
            number("metric.csat", RuleSubject.METRIC, 0, 100, "Yesterday's CSAT, per cent satisfied."),
            number("metric.csat.drop", RuleSubject.METRIC, -100, 100,
                    "How many points yesterday's CSAT is below the CSAT of the 28 days before it."),
            number("metric.csat.responses", RuleSubject.METRIC, 0, null, "How many CSAT answers yesterday had."),
            number("metric.ces", RuleSubject.METRIC, 1, 7, "Yesterday's mean CES, 1-7 (7: very easy)."),
            number("metric.ces.drop", RuleSubject.METRIC, -6, 6,
                    "How much yesterday's mean CES is below the mean of the 28 days before it (a rise in effort)."),
            number("metric.ces.responses", RuleSubject.METRIC, 0, null, "How many CES answers yesterday had."),
            new RuleField("customer.tags", false, null, FieldType.SET, null, null, List.of(), "The customer's tags."),
            new RuleField("customer.attribute.", true, null, FieldType.ANY, null, null, List.of(),
                    "customer.attribute.<key>: a profile attribute (city, gender, birthYear, language, or a custom key)."));

    private static RuleField number(String name, RuleSubject subject, Number min, Number max, String doc) {
        return new RuleField(name, false, subject, FieldType.NUMBER, min == null ? null : min.doubleValue(),
                max == null ? null : max.doubleValue(), List.of(), doc);
    }

    private static RuleField key(String name, RuleSubject subject, String doc) {
        return new RuleField(name, false, subject, FieldType.KEY, null, null, List.of(), doc);
    }

    /** The field a condition names, if the vocabulary has it (a keyed field needs a key after its prefix). */
    static Optional<RuleField> find(String name) {
        for (RuleField field : ALL) {
            if (!field.keyed() && field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        for (RuleField field : ALL) {
            if (field.keyed() && name.startsWith(field.name())) {
                String key = name.substring(field.name().length());
                boolean emotion = field.name().equals("text.emotion.");
                if (emotion ? EMOTIONS.contains(key) : isFieldKey(key)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    /** Question keys, topic keys and property names: keys, or property names with capitals (camelCase). */
    private static boolean isFieldKey(String key) {
        return !key.isEmpty() && key.length() <= 64 && (Keys.isKey(key) || key.matches("[A-Za-z][A-Za-z0-9_.-]*"));
    }

    /** The vocabulary as the API documents it. */
    static List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleField f : ALL) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("field", f.keyed() ? f.name() + "<key>" : f.name());
            d.put("subject", f.subject() == null ? "any" : f.subject().key());
            d.put("type", f.type().name().toLowerCase(java.util.Locale.ROOT));
            d.put("operators", f.type().operators());
            if (f.min() != null) {
                d.put("min", f.min());
            }
            if (f.max() != null) {
                d.put("max", f.max());
            }
            if (!f.labels().isEmpty()) {
                d.put("values", f.labels());
            }
            d.put("description", f.doc());
            out.add(d);
        }
        return out;
    }
}
