package org.hamsafar.analytics.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Digits;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The segment editor's form: names, match, and {@link #ROWS} condition rows whose fields are all
 * texts as typed ({@code c0.type}, {@code c0.withinDays}, ...). It becomes the API's JSON body, so the
 * page and the API accept and refuse the same segments.
 */
record SegmentForm(String key, String nameFa, String nameEn, String match, List<Row> rows) {
    /** As many rows as the API takes conditions, so that editing a segment never drops one. */
    static final int ROWS = SegmentJson.MAX_CONDITIONS;
    static final List<String> FIELDS = List.of("type", "attribute", "values", "from", "to", "eventType", "withinDays", "atLeast", "days",
            "operator", "value", "kind", "label");

    /** One condition row: field name to text (empty when not filled in). */
    public record Row(int index, Map<String, String> fields) {
        public String get(String field) {
            return fields.getOrDefault(field, "");
        }
    }

    static SegmentForm of(Map<String, String> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : FIELDS) {
                fields.put(field, params.getOrDefault("c" + i + "." + field, "").strip());
            }
            rows.add(new Row(i, fields));
        }
        return new SegmentForm(params.getOrDefault("key", "").strip(), params.getOrDefault("nameFa", "").strip(),
                params.getOrDefault("nameEn", "").strip(), "any".equals(params.get("match")) ? "any" : "all", rows);
    }

    /** The form filled from a stored segment. */
    static SegmentForm of(SegmentDefinition segment) {
        List<Map<String, Object>> conditions = SegmentJson.write(segment.conditions());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            if (i < conditions.size()) {
                conditions.get(i).forEach((field, value) -> fields.put(field, value instanceof List<?> list
                        ? String.join(", ", list.stream().map(String::valueOf).toList()) : value == null ? "" : plain(value)));
            }
            rows.add(new Row(i, fields));
        }
        return new SegmentForm(segment.key(), segment.nameFa(), segment.nameEn(), segment.matchAll() ? "all" : "any", rows);
    }

    /** An empty form with one condition row ready. */
    static SegmentForm blank() {
        return of(Map.of("c0.type", "events"));
    }

    private static String plain(Object value) {
        return value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
    }

    /** The API body: rows without a type are left out; numbers typed (Persian digits too) become numbers. */
    ObjectNode body() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        if (!key.isEmpty()) {
            body.put("key", key);
        }
        body.put("nameFa", nameFa);
        body.put("nameEn", nameEn);
        body.put("match", match);
        ArrayNode conditions = body.putArray("conditions");
        for (Row row : rows) {
            String type = row.get("type");
            if (type.isEmpty()) {
                continue;
            }
            ObjectNode c = conditions.addObject();
            c.put("type", type);
            for (String field : SegmentJson.fieldsOf(type)) {
                String text = Digits.latin(row.get(field));
                if (text.isEmpty() || field.equals("type")) {
                    continue;
                }
                if (field.equals("values")) {
                    ArrayNode values = c.putArray("values");
                    Arrays.stream(text.split("[,،]")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
                } else if (text.matches("-?\\d+")) {
                    c.put(field, Long.parseLong(text));
                } else if (text.matches("-?\\d*\\.\\d+")) {
                    c.put(field, new BigDecimal(text));
                } else {
                    c.put(field, text);
                }
            }
        }
        return body;
    }
}
