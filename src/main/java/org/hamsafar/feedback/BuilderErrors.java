package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamsafar.shared.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * The validator's problems as the builder shows them: in the user's language where the message is
 * a known one (the validator speaks English to API clients), grouped by the form field they belong to.
 */
public final class BuilderErrors {
    private static final Pattern OPTION = Pattern.compile("\\.choices\\[(\\d+)]");
    /** Known validator messages, most specific first; groups become the message's arguments. */
    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("is required: the survey is offered in .*"), "builder.error.requiredLanguage"),
            Map.entry(Pattern.compile("is required.*"), "builder.error.required"),
            Map.entry(Pattern.compile("must be a key: .*"), "builder.error.key"),
            Map.entry(Pattern.compile("repeats the key of an earlier question"), "builder.error.repeatedKey"),
            Map.entry(Pattern.compile("repeats the id of an earlier option"), "builder.error.repeatedOption"),
            Map.entry(Pattern.compile("must be one of nps, .*"), "builder.error.type"),
            Map.entry(Pattern.compile("must be one of draft, .*"), "builder.error.status"),
            Map.entry(Pattern.compile("must be one of = .*"), "builder.error.showIfOp"),
            Map.entry(Pattern.compile("must hold between (\\d+) and (\\d+) options"), "builder.error.choiceCount"),
            Map.entry(Pattern.compile("must hold at least one question"), "builder.error.noQuestions"),
            Map.entry(Pattern.compile("must hold at most (\\d+) questions"), "builder.error.tooManyQuestions"),
            Map.entry(Pattern.compile("must name fa, en or both"), "builder.error.languages"),
            Map.entry(Pattern.compile("must be between (\\d+) and (\\d+) stars"), "builder.error.scale"),
            Map.entry(Pattern.compile("must be between (\\d+) and (\\d+)"), "builder.error.range"),
            Map.entry(Pattern.compile("must not be lower than the page of the question before it"), "builder.error.pageOrder"),
            Map.entry(Pattern.compile("skips a page: the question before it is on page (\\d+)"), "builder.error.pageSkip"),
            Map.entry(Pattern.compile("must name an earlier question of the survey"), "builder.error.showIfQuestion"),
            Map.entry(Pattern.compile("must be a whole number"), "builder.error.number"),
            Map.entry(Pattern.compile("must be at most (\\d+) characters"), "builder.error.tooLong"),
            Map.entry(Pattern.compile("must be fewer days than invitationExpiryDays \\((\\d+)\\)"), "builder.error.reminder"),
            Map.entry(Pattern.compile("must be a number: .*"), "builder.error.showIfNumber"),
            Map.entry(Pattern.compile("must be an option id of (.*)"), "builder.error.showIfOption"),
            Map.entry(Pattern.compile("must be true or false: .*"), "builder.error.showIfYesNo"),
            Map.entry(Pattern.compile(".* compares numbers; .*"), "builder.error.showIfCompare"),
            Map.entry(Pattern.compile("a text answer can only be tested with answered"), "builder.error.showIfText"),
            Map.entry(Pattern.compile("must be a non-empty list for in"), "builder.error.showIfList"));

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    private BuilderErrors() {
    }

    static BuilderErrors none() {
        return new BuilderErrors();
    }

    static BuilderErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        BuilderErrors errors = new BuilderErrors();
        for (FieldProblem problem : problems) {
            String text = translate(problem.message(), messages, locale);
            Matcher option = OPTION.matcher(problem.field());
            if (option.find()) {
                int number = Integer.parseInt(option.group(1)) + 1;
                text = messages.getMessage("builder.error.option", new Object[] {number, text}, locale);
            }
            errors.byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(text);
        }
        return errors;
    }

    private static String translate(String message, MessageSource messages, Locale locale) {
        for (Map.Entry<Pattern, String> known : KNOWN) {
            Matcher matcher = known.getKey().matcher(message);
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = matcher.group(i + 1);
                    // Numbers as numbers, so that the message shows them in the language's digits.
                    args[i] = group.matches("\\d{1,9}") ? (Object) Integer.valueOf(group) : group;
                }
                return messages.getMessage(known.getValue(), args, message, locale);
            }
        }
        return message;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public int count() {
        return byField.values().stream().mapToInt(List::size).sum();
    }

    /** Problems of {@code field} and of the fields inside it ({@code questions[0]} holds {@code questions[0].key}). */
    public List<String> at(String field) {
        List<String> found = new ArrayList<>();
        byField.forEach((name, texts) -> {
            if (name.equals(field) || name.startsWith(field + ".") || name.startsWith(field + "[")) {
                found.addAll(texts);
            }
        });
        return found;
    }

    /** Problems of exactly {@code field}. */
    public List<String> exact(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Every problem with its field, for the summary at the top of the form. */
    public Map<String, List<String>> all() {
        return byField;
    }
}
