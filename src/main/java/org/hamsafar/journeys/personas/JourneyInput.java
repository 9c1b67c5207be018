package org.hamsafar.journeys.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reading and checking the input of personas and journey maps, field by field, adding one problem
 * per bad field under its JSON path ({@code stages[2].painPoints[0]}, {@code demographics.ageRange})
 * so that a client can fix every mistake at once. JSON readers report shapes (a string where a
 * string belongs); the text rules report values (blank, too long) and give the stored form: stripped,
 * with Arabic yeh and kaf folded to Persian ({@link PersianLetters}). Used by journey maps too.
 */
public final class JourneyInput {
    private JourneyInput() {
    }

    /** {@code parent.field}, or {@code field} at the top ({@code parent} empty). */
    public static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** {@code parent[index]}. */
    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * The reader's problems of shape and then the rules' problems of value, leaving out a rule's
     * problem on a field the reader already reported (or within it): a name that was not a string
     * is not also "required".
     */
    public static List<FieldProblem> merge(List<FieldProblem> shape, List<FieldProblem> value) {
        List<FieldProblem> all = new ArrayList<>(shape);
        for (FieldProblem problem : value) {
            boolean covered = shape.stream().anyMatch(s -> problem.field().equals(s.field())
                    || problem.field().startsWith(s.field() + ".") || problem.field().startsWith(s.field() + "["));
            if (!covered) {
                all.add(problem);
            }
        }
        return all;
    }

    /** Reports every property of {@code node} not in {@code known} as {@code path.name: message}. */
    public static void onlyKnown(JsonNode node, String parent, Set<String> known, String message, List<FieldProblem> problems) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(path(parent, name), message));
            }
        }
    }

    /** The property, or null when absent or JSON null. */
    public static JsonNode value(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A string property as sent; null when absent, null or not a string (then reported). */
    public static String string(JsonNode node, String field, String parent, List<FieldProblem> problems) {
        JsonNode value = value(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(path(parent, field), "must be a string"));
            return null;
        }
        return value.asString();
    }

    /** A list of strings; null when absent or null; bad items are reported and left out. */
    public static List<String> strings(JsonNode node, String field, String parent, List<FieldProblem> problems) {
        JsonNode value = value(node, field);
        if (value == null) {
            return null;
        }
        String where = path(parent, field);
        if (!value.isArray()) {
            problems.add(new FieldProblem(where, "must be a list of strings"));
            return null;
        }
        List<String> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isString()) {
                problems.add(new FieldProblem(index(where, i), "must be a string"));
            } else {
                items.add(item.asString());
            }
        }
        return items;
    }

    /** A whole number property that fits a long; null when absent or null, or bad (then reported). */
    public static Long whole(JsonNode node, String field, String parent, String rule, List<FieldProblem> problems) {
        JsonNode value = value(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            problems.add(new FieldProblem(path(parent, field), rule));
            return null;
        }
        return value.asLong();
    }

    /** An object property; null when absent or null, or not an object (then reported). */
    public static JsonNode object(JsonNode node, String field, String parent, String rule, List<FieldProblem> problems) {
        JsonNode value = value(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            problems.add(new FieldProblem(path(parent, field), rule));
            return null;
        }
        return value;
    }

    /**
     * A text's stored form: stripped and folded; null when null or blank and not required. Reports
     * a required text that is missing or blank, one over {@code max} characters, and null characters.
     */
    public static String text(String value, String path, int max, boolean required, List<FieldProblem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(path, "is required: 1 to " + max + " characters"));
            }
            return null;
        }
        if (text.length() > max) {
            problems.add(new FieldProblem(path, "must be at most " + max + " characters, not " + text.length()));
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(path, "must not contain null characters"));
            return null;
        }
        return PersianLetters.fold(text);
    }

    /**
     * A list of short texts in its stored form (each stripped and folded; never null). Reports a
     * list over {@code maxItems}, and each blank item, item over {@code maxChars} or with null characters.
     */
    public static List<String> texts(List<String> values, String path, int maxItems, int maxChars, List<FieldProblem> problems) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            problems.add(new FieldProblem(path, "must have at most " + maxItems + " items, not " + values.size()));
            return List.of();
        }
        List<String> texts = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String item = values.get(i);
            String where = index(path, i);
            if (item == null || item.isBlank()) {
                problems.add(new FieldProblem(where, "must not be blank"));
                continue;
            }
            String text = text(item, where, maxChars, true, problems);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }
}
