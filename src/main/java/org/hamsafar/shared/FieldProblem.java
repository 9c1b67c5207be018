package org.hamsafar.shared;

/** One field that failed validation and why, as shown to API clients. */
public record FieldProblem(String field, String message) {
}
