package org.hamsafar.actions.teams;

import java.util.List;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a key in the path that is not a key: a malformed request (400), as the API answers
 * a path id that is not a number, naming the path parameter.
 */
final class BadPathKey {
    static final String KEY_RULE = "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'";

    private BadPathKey() {
    }

    static <T> ResponseEntity<T> answer(String parameter) {
        @SuppressWarnings("unchecked")
        T body = (T) Problems.validation(HttpStatus.BAD_REQUEST, "The " + parameter + " in the path is not a key.",
                List.of(new FieldProblem(parameter, KEY_RULE)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
