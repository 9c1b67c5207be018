package org.hamsafar.actions.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** An item's fields to and from the JSON the inbox stores; numbers come back as Doubles, as {@link RuleItem} holds them. */
final class ItemJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ItemJson() {
    }

    static String write(Map<String, Object> fields) {
        return JSON.writeValueAsString(fields);
    }

    static Map<String, Object> read(String json) {
        Map<String, Object> raw = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        Map<String, Object> fields = new LinkedHashMap<>();
        raw.forEach((key, value) -> fields.put(key, normalise(value)));
        return fields;
    }

    static Object normalise(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(normalise(v)));
            return out;
        }
        return value;
    }
}
