package org.hamsafar.actions.rules;

import java.util.List;

/** What a field holds, which decides the operators a condition may use on it. */
enum FieldType {
    /** A number: compared by value. */
    NUMBER(List.of("=", "!=", "<", "<=", ">", ">=", "in", "not_in", "exists", "not_exists")),
    /** One of a fixed list of keys (sentiment labels, channels, languages). */
    LABEL(List.of("=", "!=", "in", "not_in", "exists", "not_exists")),
    /** A key such as an event type or a touchpoint. */
    KEY(List.of("=", "!=", "in", "not_in", "exists", "not_exists")),
    /** A set of keys (a text's topics, a customer's tags). */
    SET(List.of("contains", "not_contains", "exists", "not_exists")),
    /** Whatever the data holds (a question's answer, an event property, a customer attribute). */
    ANY(List.of("=", "!=", "<", "<=", ">", ">=", "in", "not_in", "contains", "not_contains", "exists", "not_exists")),
    /** How many of the customer's events fall in a window: needs {@code window}, may have {@code match}. */
    COUNT(List.of("=", "!=", "<", "<=", ">", ">="));

    private final List<String> operators;

    FieldType(List<String> operators) {
        this.operators = operators;
    }

    List<String> operators() {
        return operators;
    }

    static boolean unary(String op) {
        return op.equals("exists") || op.equals("not_exists");
    }

    static boolean listValued(String op) {
        return op.equals("in") || op.equals("not_in");
    }
}
