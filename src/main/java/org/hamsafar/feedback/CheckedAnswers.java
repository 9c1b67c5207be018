package org.hamsafar.feedback;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;

/**
 * Answers after checking, in question order: Integer for scored questions, Boolean for yes/no,
 * String for a single choice and for text, List of String for a multiple choice. {@code problems}
 * names every answer that was wrong (field "answers.&lt;question key&gt;").
 */
public record CheckedAnswers(Map<String, Object> values, List<FieldProblem> problems) {
    public CheckedAnswers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
