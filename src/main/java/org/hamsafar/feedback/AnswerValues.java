package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON answers as the plain values {@link AnswerChecker} reads (numbers, booleans, strings, lists). */
final class AnswerValues {

    private AnswerValues() {
    }

    static Map<String, Object> of(JsonNode answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            values.put(answer.getKey(), value(answer.getValue()));
        }
        return values;
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return items;
        }
        // An object is never a valid answer; kept as such so that the checker names it.
        return Map.of();
    }
}
