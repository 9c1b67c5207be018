package org.hamsafar.shared.web;

import java.util.List;
import tools.jackson.core.JacksonException;

/** Renders the location of a JSON parsing problem as a field path such as {@code events[3].value}. */
final class JsonErrorPaths {
    private JsonErrorPaths() {
    }

    static String pathOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
