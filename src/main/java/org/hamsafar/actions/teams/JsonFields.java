package org.hamsafar.actions.teams;

import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of a JSON body, adding one problem per bad field under its path (such as
 * {@code members[2]} or {@code [1].when.channel}) so that every mistake is reported at once.
 */
final class JsonFields {
    private JsonFields() {
    }

    static String path(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Reports each field of {@code node} that is not in {@code known}. */
    static void onlyKnown(JsonNode node, String parent, Set<String> known, String hint, List<FieldProblem> problems) {
        node.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(path(parent, name), hint));
            }
        });
    }

    /** A string of at most {@code max} characters, stripped; null when absent, JSON null or bad (then reported). */
    static String text(JsonNode node, String field, String parent, int max, List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return text(value, path(parent, field), max, problems);
    }

    static String text(JsonNode value, String path, int max, List<FieldProblem> problems) {
        if (!value.isString()) {
            problems.add(new FieldProblem(path, "must be a string"));
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            problems.add(new FieldProblem(path, "must be at most " + max + " characters"));
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(path, "must not contain null characters"));
            return null;
        }
        return text;
    }
}
