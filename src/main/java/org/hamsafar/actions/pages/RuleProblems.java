package org.hamsafar.actions.pages;

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
 * The rules' validation problems as the editor shows them: each next to the row it belongs to
 * ({@code when.all[2].value} is the third condition row that was sent, {@code actions[0].team} the
 * first action), in the user's language where the message is a known one (the validation speaks
 * English to API clients).
 */
public final class RuleProblems {
    private static final Pattern CONDITION = Pattern.compile("when\\.(?:all|any)\\[(\\d+)](?:\\.(\\w+).*)?");
    private static final Pattern ACTION = Pattern.compile("actions\\[(\\d+)](?:\\.(\\w+).*)?");
    /** Known messages, most specific first; groups become the message's arguments. */
    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("is required, 1 to 200 characters"), "rules.error.name"),
            Map.entry(Pattern.compile("is required: a duration.*"), "rules.error.window"),
            Map.entry(Pattern.compile("is not a duration.*"), "rules.error.window"),
            Map.entry(Pattern.compile("must be from 1 minute to 366 days"), "rules.error.windowRange"),
            Map.entry(Pattern.compile("is required: a field name.*"), "rules.error.field"),
            Map.entry(Pattern.compile("is required: the condition.*"), "rules.error.noConditions"),
            Map.entry(Pattern.compile("unknown field '(.*)' .*"), "rules.error.unknownField"),
            Map.entry(Pattern.compile("is required: one of (.*)"), "rules.error.op"),
            Map.entry(Pattern.compile("'(.*)' does not apply to (.*); use one of (.*)"), "rules.error.opNotFor"),
            Map.entry(Pattern.compile("is required with (.*)"), "rules.error.value"),
            Map.entry(Pattern.compile("must be left out with (.*)"), "rules.error.noValue"),
            Map.entry(Pattern.compile("must be an array of 1 to 100 values with (.*)"), "rules.error.list"),
            Map.entry(Pattern.compile("must be a number"), "rules.error.number"),
            Map.entry(Pattern.compile("is impossible: (.*)"), "rules.error.impossible"),
            Map.entry(Pattern.compile("must be one of low, normal, high, urgent"), "rules.error.priority"),
            Map.entry(Pattern.compile("must be one of (.*)"), "rules.error.oneOf"),
            Map.entry(Pattern.compile("must be a key.*"), "rules.error.key"),
            Map.entry(Pattern.compile("must be a team's key"), "rules.error.key"),
            Map.entry(Pattern.compile("is required: a key such as .*"), "rules.error.tag"),
            Map.entry(Pattern.compile("must be a whole number from 0 to 1,000,000"), "rules.error.count"),
            Map.entry(Pattern.compile("must be a number, a string of at most 1,000 characters, or true/false"), "rules.error.anyValue"),
            Map.entry(Pattern.compile("must be a non-empty array of conditions"), "rules.error.noConditions"),
            Map.entry(Pattern.compile("has (\\d+) conditions; at most (\\d+)"), "rules.error.tooManyConditions"),
            Map.entry(Pattern.compile("needs at least one condition on .*"), "rules.error.noSubject"),
            Map.entry(Pattern.compile("a rule reads one kind of item, but this one names (.*?): .*"), "rules.error.subjects"),
            Map.entry(Pattern.compile("must be an array of 1 to (\\d+) actions"), "rules.error.actions"),
            Map.entry(Pattern.compile("is required: open_case, .*"), "rules.error.actionType"),
            Map.entry(Pattern.compile("unknown action '(.*)'.*"), "rules.error.actionType"),
            Map.entry(Pattern.compile("must be an array of 1 to (\\d+) recipients.*"), "rules.error.recipients"),
            Map.entry(Pattern.compile("must be \"user:<name>\", \"team:<key>\" or an email address"), "rules.error.recipient"),
            Map.entry(Pattern.compile("no team (\\S+).*"), "rules.error.noTeam"),
            Map.entry(Pattern.compile("no active user (.*)"), "rules.error.noUser"),
            Map.entry(Pattern.compile("no webhook (\\d+).*"), "rules.error.noWebhook"),
            Map.entry(Pattern.compile("must be a webhook's id"), "rules.error.webhook"),
            Map.entry(Pattern.compile("must be a string of at most (\\d+) characters"), "rules.error.tooLong"),
            Map.entry(Pattern.compile("must not be blank"), "rules.error.blank"),
            Map.entry(Pattern.compile("must be from 1 to (\\d+)"), "rules.error.days"),
            Map.entry(Pattern.compile("unknown field.*"), "rules.error.unknownProperty"));

    private final Map<Integer, List<String>> conditions = new LinkedHashMap<>();
    private final Map<Integer, List<String>> actions = new LinkedHashMap<>();
    private final Map<String, List<String>> general = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();
    private final Map<String, List<String>> fieldsOfRows = new LinkedHashMap<>();

    private RuleProblems() {
    }

    static RuleProblems none() {
        return new RuleProblems();
    }

    /**
     * Sorts {@code problems} by where they belong; {@code conditionRows} and {@code actionRows} map the
     * index of each condition and action sent to the form row it came from (empty in JSON mode: then
     * every problem is listed with its path).
     */
    static RuleProblems of(List<FieldProblem> problems, List<Integer> conditionRows, List<Integer> actionRows, MessageSource messages,
                           Locale locale) {
        RuleProblems out = new RuleProblems();
        for (FieldProblem problem : problems) {
            String text = translate(problem, messages, locale);
            String field = problem.field();
            out.all.add(field + ": " + text);
            Matcher condition = CONDITION.matcher(field);
            Matcher action = ACTION.matcher(field);
            if (condition.matches() && Integer.parseInt(condition.group(1)) < conditionRows.size()) {
                int row = conditionRows.get(Integer.parseInt(condition.group(1)));
                out.conditions.computeIfAbsent(row, r -> new ArrayList<>()).add(text);
                out.fieldsOfRows.computeIfAbsent("conditions[" + row + "]", r -> new ArrayList<>())
                        .add(part(condition.group(2)));
            } else if (action.matches() && Integer.parseInt(action.group(1)) < actionRows.size()) {
                int row = actionRows.get(Integer.parseInt(action.group(1)));
                out.actions.computeIfAbsent(row, r -> new ArrayList<>()).add(text);
                out.fieldsOfRows.computeIfAbsent("actions[" + row + "]", r -> new ArrayList<>()).add(part(action.group(2)));
            } else {
                String group = field.startsWith("when") ? "when" : field.startsWith("actions") ? "actions"
                        : field.equals("name") || field.equals("days") || field.equals("json") || field.equals("enabled") ? field : "other";
                out.general.computeIfAbsent(group, g -> new ArrayList<>()).add(conditionRows.isEmpty() && actionRows.isEmpty()
                        && !group.equals(field) ? field + ": " + text : text);
            }
        }
        return out;
    }

    private static String part(String name) {
        return name == null ? "" : name;
    }

    private static String translate(FieldProblem problem, MessageSource messages, Locale locale) {
        for (Map.Entry<Pattern, String> known : KNOWN) {
            Matcher matcher = known.getKey().matcher(problem.message());
            if (matcher.matches()) {
                Object[] args = new Object[matcher.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    String group = matcher.group(i + 1);
                    // Numbers as numbers, so that the message shows them in the language's digits.
                    args[i] = group.matches("\\d{1,9}") ? (Object) Integer.valueOf(group) : group;
                }
                return messages.getMessage(known.getValue(), args, problem.message(), locale);
            }
        }
        return problem.message();
    }

    public boolean any() {
        return !all.isEmpty();
    }

    /** Problems of the condition row {@code row}. */
    public List<String> condition(int row) {
        return conditions.getOrDefault(row, List.of());
    }

    /** Problems of the action row {@code row}. */
    public List<String> action(int row) {
        return actions.getOrDefault(row, List.of());
    }

    /** Whether a problem names {@code part} (field, op, value, window, match, priority, ...) of the row {@code row} ("conditions[0]"). */
    public boolean marks(String row, String part) {
        return fieldsOfRows.getOrDefault(row, List.of()).contains(part);
    }

    /** Problems of a part of the rule that is no row: name, when, actions, days, json, other. */
    public List<String> of(String group) {
        return general.getOrDefault(group, List.of());
    }

    /** Every problem with its path, for the JSON editor. */
    public List<String> all() {
        return all;
    }
}
