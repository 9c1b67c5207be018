package org.hamsafar.journeys.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The journey maps' and personas' validation messages (written in English for API clients) in the
 * page's language. Each known rule has a message key ({@code journeys.map.problem.*}); a message
 * that no rule matches is shown as it came, so that nothing is ever hidden. Numbers are shown in
 * the page's digits.
 */
@Component
class ProblemMessages {
    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("must be at most (\\d+) characters, not (\\d+)"), "tooLong"),
            new Rule(Pattern.compile("must have at most (\\d+) (?:items|touchpoints), not (\\d+)"), "tooMany"),
            new Rule(Pattern.compile("is required: 1 to (\\d+) characters"), "required"),
            new Rule(Pattern.compile("must not be blank"), "blank"),
            new Rule(Pattern.compile("must have 1 to (\\d+) stages.*"), "stages"),
            new Rule(Pattern.compile("a map keeps at least one stage"), "lastStage"),
            new Rule(Pattern.compile("stage \\S+ is already the first"), "alreadyFirst"),
            new Rule(Pattern.compile("stage \\S+ is already the last"), "alreadyLast"),
            new Rule(Pattern.compile("no stage \\S+ in this map"), "noStage"),
            new Rule(Pattern.compile("(?:is required: one of|must be one of) web, app.*"), "channel"),
            new Rule(Pattern.compile("must be a channel: .*"), "channel"),
            new Rule(Pattern.compile("needs an event type \\(type\\) or a touchpoint key \\(touchpoint\\), or both"), "typeOrTouchpoint"),
            new Rule(Pattern.compile("must be a key: .*"), "key"),
            new Rule(Pattern.compile("no survey (\\d+)"), "noSurvey"),
            new Rule(Pattern.compile("no persona (\\d+)"), "noPersona"),
            new Rule(Pattern.compile("only service blueprints have (\\w+) lanes.*"), "blueprintOnly"),
            new Rule(Pattern.compile("must be a range of ages such as .*"), "ageRange"),
            new Rule(Pattern.compile("must be 1 to (\\d+) characters without spaces"), "initials"),
            new Rule(Pattern.compile("must be one of the palette's colours.*"), "color"),
            new Rule(Pattern.compile("must be a customer tag key.*"), "segment"),
            new Rule(Pattern.compile("duplicate of .*"), "duplicate"),
            new Rule(Pattern.compile("must not contain null characters"), "nullCharacter"),
            new Rule(Pattern.compile("is required: one of current_state.*"), "type"),
            new Rule(Pattern.compile("must be from 0 to (\\d+)"), "position"),
            new Rule(Pattern.compile("must be a whole number from -2 .*"), "emotion"),
            new Rule(Pattern.compile("must be the id of a (?:persona|survey|journey map).*"), "reference"),
            new Rule(Pattern.compile("survey (\\d+)(?: \\(key \\S+\\))? does not exist on this server; the link was left out"), "surveyMissing"),
            new Rule(Pattern.compile("must be \"hamsafar\\.journey-map\""), "format"),
            new Rule(Pattern.compile("must be (\\d+) \\(the version of the format this server reads\\)"), "formatVersion"),
            new Rule(Pattern.compile("must be an export document.*"), "document"),
            new Rule(Pattern.compile("must (?:list|have) 1 to (\\d+) documents.*"), "documents"),
            new Rule(Pattern.compile("is required: the journey map"), "mapRequired"),
            new Rule(Pattern.compile("unknown (?:field|lane).*"), "unknownField"),
            new Rule(Pattern.compile("is required: the version the page shows.*"), "baseVersion"));

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem's message in the page's language. */
    String text(FieldProblem problem) {
        return text(problem.message());
    }

    String text(String message) {
        Locale locale = LocaleContextHolder.getLocale();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = matcher.group(i + 1);
                    args[i] = "blueprintOnly".equals(rule.key())
                            ? messages.getMessage("journeys.map.lane." + group, null, group, locale) : digits(group, locale);
                }
                return messages.getMessage("journeys.map.problem." + rule.key(), args, message, locale);
            }
        }
        return message;
    }

    /** A message of this area in the page's language, with arguments as given. */
    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Every problem's message, in order. */
    List<String> texts(List<FieldProblem> problems) {
        List<String> out = new ArrayList<>(problems.size());
        problems.forEach(p -> out.add(text(p)));
        return out;
    }

    /** {@code value} with Latin digits as Persian ones on Persian pages. */
    static String digits(Object value, Locale locale) {
        String text = String.valueOf(value);
        if (!"fa".equals(locale.getLanguage())) {
            return text;
        }
        return Digits.persian(text);
    }

    static String digits(Object value) {
        return digits(value, LocaleContextHolder.getLocale());
    }
}
