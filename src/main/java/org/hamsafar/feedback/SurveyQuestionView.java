package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.Digits;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * One question as the public page draws it. {@code kind} picks the widget: scale (nps, csat, ces:
 * a row of numbered radio buttons), stars (rating), yesno, single (radios), multi (check boxes),
 * text (a text area). {@code showIf} is the condition as JSON when it depends on an answer of the
 * same page, for the page's script to hide the question live; null otherwise.
 */
record SurveyQuestionView(String key, String kind, String text, boolean required, String error,
                          List<Option> options, String lowLabel, String highLabel, String value, int maxLength, String showIf) {

    /** A radio button or check box: {@code srLabel} is the full label read by screen readers where {@code label} is short. */
    record Option(String id, String value, String label, String srLabel, boolean checked) {
    }

    public String inputId() {
        return "q-" + key;
    }

    public String errorId() {
        return "q-" + key + "-error";
    }

    public String hintId() {
        return "q-" + key + "-hint";
    }

    public String fieldName() {
        return "a." + key;
    }

    /** The ids that describe the input: the scale's end labels and the error, when present. */
    public String describedBy() {
        List<String> ids = new ArrayList<>();
        if (lowLabel != null || highLabel != null) {
            ids.add(hintId());
        }
        if (error != null) {
            ids.add(errorId());
        }
        return ids.isEmpty() ? null : String.join(" ", ids);
    }

    /** Draws the questions of a page in {@code language}. */
    static final class Builder {
        private final SurveyDefinition definition;
        private final String language;
        private final Locale locale;
        private final MessageSource messages;
        private final JsonMapper json;

        Builder(SurveyDefinition definition, String language, MessageSource messages, JsonMapper json) {
            this.definition = definition;
            this.language = language;
            this.locale = Locale.forLanguageTag(language);
            this.messages = messages;
            this.json = json;
        }

        /**
         * The page's shown questions. {@code earlier}: checked answers of earlier pages (for display
         * logic); {@code values}: what to show as answered (checked or as posted); {@code errors}:
         * a message per question key.
         */
        List<SurveyQuestionView> page(int page, Map<String, Object> earlier, Map<String, Object> values, Map<String, String> errors) {
            List<SurveyQuestionView> views = new ArrayList<>();
            for (Question q : definition.onPage(page)) {
                if (PageVisibility.shown(definition, q, earlier)) {
                    views.add(view(q, values.get(q.key()), errors.get(q.key())));
                }
            }
            return views;
        }

        private SurveyQuestionView view(Question q, Object value, String error) {
            Set<String> chosen = chosen(value);
            String id = "q-" + q.key();
            List<Option> options = new ArrayList<>();
            String kind;
            String low = q.lowLabel() == null ? null : q.lowLabel().in(language);
            String high = q.highLabel() == null ? null : q.highLabel().in(language);
            switch (q.type()) {
                case NPS, CSAT, CES -> {
                    kind = "scale";
                    for (int n = q.minScore(); n <= q.maxScore(); n++) {
                        options.add(new Option(id + "-" + n, String.valueOf(n), digits(n), null, chosen.contains(String.valueOf(n))));
                    }
                    String type = q.type().key();
                    low = low != null ? low : text("respond.scale." + type + ".low");
                    high = high != null ? high : text("respond.scale." + type + ".high");
                }
                case RATING -> {
                    kind = "stars";
                    for (int n = q.minScore(); n <= q.maxScore(); n++) {
                        options.add(new Option(id + "-" + n, String.valueOf(n), "★",
                                text("respond.stars", digits(n), digits(q.maxScore())), chosen.contains(String.valueOf(n))));
                    }
                }
                case YES_NO -> {
                    kind = "yesno";
                    options.add(new Option(id + "-yes", "true", text("respond.yes"), null, chosen.contains("true")));
                    options.add(new Option(id + "-no", "false", text("respond.no"), null, chosen.contains("false")));
                }
                case SINGLE_CHOICE, MULTI_CHOICE -> {
                    kind = q.type() == QuestionType.SINGLE_CHOICE ? "single" : "multi";
                    int i = 0;
                    for (Choice c : q.choices()) {
                        options.add(new Option(id + "-" + i++, c.id(), c.text().in(language), null, chosen.contains(c.id())));
                    }
                }
                default -> kind = "text";
            }
            String text = kind.equals("text") && value instanceof String s ? s : null;
            return new SurveyQuestionView(q.key(), kind, q.text().in(language), q.required(), error, options, low, high, text,
                    q.textLimit(), samePageCondition(q));
        }

        /** The condition as JSON, when it depends on a question of the same page. */
        private String samePageCondition(Question q) {
            DisplayCondition condition = q.showIf();
            if (condition == null) {
                return null;
            }
            boolean samePage = definition.question(condition.question()).map(t -> t.page() == q.page()).orElse(false);
            return samePage ? json.writeValueAsString(condition) : null;
        }

        private String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String digits(Object number) {
            return SurveyPageViews.digits(language, number);
        }

        private static Set<String> chosen(Object value) {
            Set<String> chosen = new LinkedHashSet<>();
            if (value instanceof Collection<?> list) {
                list.forEach(v -> chosen.add(String.valueOf(v)));
            } else if (value != null) {
                chosen.add(Digits.latin(String.valueOf(value)).strip());
            }
            return chosen;
        }
    }
}
