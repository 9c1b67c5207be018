package org.hamsafar.text;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;

/**
 * A topic as the API and the topics page send it. Labels are 1-200 characters; terms 1-100
 * characters each, at most {@link #MAX_TERMS} per language and at least one in all. Labels and
 * terms are trimmed.
 */
record TopicRequest(String labelFa, String labelEn, List<String> termsFa, List<String> termsEn) {
    static final int MAX_LABEL = 200;
    static final int MAX_TERM = 100;
    static final int MAX_TERMS = 300;

    /** The topic under {@code key}, or every problem at once, each naming its field ({@code termsFa[3]}). */
    Topic toTopic(String key) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Topic.validKey(key)) {
            problems.add(new FieldProblem("key", "must be 1-48 lower-case letters, digits or _, starting with a letter"));
        }
        String fa = label("labelFa", labelFa, problems);
        String en = label("labelEn", labelEn, problems);
        List<String> fas = terms("termsFa", termsFa, problems);
        List<String> ens = terms("termsEn", termsEn, problems);
        if (fas.isEmpty() && ens.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("terms"))) {
            problems.add(new FieldProblem("termsFa", "at least one term is needed, in termsFa or termsEn"));
            problems.add(new FieldProblem("termsEn", "at least one term is needed, in termsFa or termsEn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Topic(key, fa, en, fas, ens);
    }

    private static String label(String field, String value, List<FieldProblem> problems) {
        String label = value == null ? "" : value.strip();
        if (label.isEmpty()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (label.length() > MAX_LABEL) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_LABEL + " characters"));
        } else if (label.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
        }
        return label;
    }

    private static List<String> terms(String field, List<String> values, List<FieldProblem> problems) {
        List<String> terms = new ArrayList<>();
        if (values == null) {
            return terms;
        }
        if (values.size() > MAX_TERMS) {
            problems.add(new FieldProblem(field, "must hold at most " + MAX_TERMS + " terms; this one has " + values.size()));
            return terms;
        }
        for (int i = 0; i < values.size(); i++) {
            String term = values.get(i) == null ? "" : values.get(i).strip();
            if (term.isEmpty()) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must not be empty"));
            } else if (term.length() > MAX_TERM) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must be at most " + MAX_TERM + " characters"));
            } else if (term.indexOf('\u0000') >= 0) {
                problems.add(new FieldProblem(field + "[" + i + "]", "must not contain null characters"));
            } else {
                terms.add(term);
            }
        }
        return terms;
    }
}
