package org.hamsafar.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.csv.CsvColumns;
import org.hamsafar.shared.csv.CsvRows;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row of an events CSV into the JSON object the event API takes, so that {@link EventValidator}
 * judges imported events exactly like sent ones. Empty cells are absent; {@code customerId},
 * {@code externalId}, {@code email}, {@code phone} and {@code anonymousId} form the customer;
 * {@code value} is an exact decimal; {@code properties} is a JSON object as text, and each
 * {@code prop.<name>} column adds a string property (over a same-named one of {@code properties}).
 */
final class EventCsvReader {
    static final String PROP = "prop.";
    private static final List<String> FIELDS = List.of("id", "type", "occurredAt", "channel", "touchpoint", "customerId",
            "externalId", "email", "phone", "anonymousId", "sessionId", "value", "currency", "text", "properties");
    private static final Set<String> CUSTOMER = Set.of("customerId", "externalId", "email", "phone", "anonymousId");
    private static final Map<String, String> BY_LOWER_CASE = FIELDS.stream()
            .collect(Collectors.toMap(f -> f.toLowerCase(Locale.ROOT), Function.identity()));
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The columns an events file may have: the fields (in any letter case) and prop.&lt;name&gt;. */
    static final CsvColumns.Catalog CATALOG = new CsvColumns.Catalog() {
        @Override
        public String field(String name) {
            if (name.regionMatches(true, 0, PROP, 0, PROP.length())) {
                return name.length() > PROP.length() ? PROP + name.substring(PROP.length()) : null;
            }
            return BY_LOWER_CASE.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String whyNot(String name) {
            return name.equalsIgnoreCase(PROP.substring(0, PROP.length() - 1)) || name.equalsIgnoreCase(PROP)
                    ? "a property column needs a name after prop. (e.g. prop.sku)" : null;
        }

        @Override
        public String known() {
            return String.join(", ", FIELDS) + ", prop.<name>";
        }
    };

    private final CsvColumns columns;

    EventCsvReader(CsvColumns columns) {
        this.columns = columns;
    }

    /**
     * The event of a row as API JSON. Problems of the file itself that the validator cannot see
     * (properties that are not JSON, values beyond the header) go to {@code problems}.
     */
    ObjectNode event(CsvRows.Row row, List<FieldProblem> problems) {
        FieldProblem extra = columns.extraValues(row);
        if (extra != null) {
            problems.add(extra);
        }
        ObjectNode event = NODES.objectNode();
        ObjectNode customer = null;
        ObjectNode props = null;
        JsonNode properties = null;
        for (CsvColumns.Column column : columns.columns()) {
            String cell = row.cell(column.index());
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String field = column.field();
            if (field.startsWith(PROP)) {
                props = props == null ? NODES.objectNode() : props;
                props.put(field.substring(PROP.length()), cell.strip());
            } else if (CUSTOMER.contains(field)) {
                customer = customer == null ? event.putObject("customer") : customer;
                if (field.equals("customerId")) {
                    putCustomerId(customer, cell.strip());
                } else {
                    customer.put(field, cell.strip());
                }
            } else if (field.equals("value")) {
                try {
                    event.set("value", DecimalNode.valueOf(new BigDecimal(cell.strip())));
                } catch (NumberFormatException e) {
                    event.put("value", cell.strip()); // the validator names it: must be a number
                }
            } else if (field.equals("properties")) {
                properties = parseProperties(cell, column.header(), problems);
            } else if (field.equals("text")) {
                event.put("text", cell);
            } else {
                event.put(field, cell.strip());
            }
        }
        if (props != null && (properties == null || properties.isObject())) {
            ObjectNode merged = properties == null ? props : (ObjectNode) properties;
            if (merged != props) {
                props.properties().forEach(p -> merged.set(p.getKey(), p.getValue()));
            }
            event.set("properties", merged);
        } else if (properties != null) {
            event.set("properties", properties);
        }
        return event;
    }

    private static void putCustomerId(ObjectNode customer, String cell) {
        try {
            customer.put("customerId", Long.parseLong(cell));
        } catch (NumberFormatException e) {
            customer.put("customerId", cell); // the validator names it: must be a positive whole number
        }
    }

    private static JsonNode parseProperties(String cell, String column, List<FieldProblem> problems) {
        try {
            return JSON.readTree(cell);
        } catch (JacksonException e) {
            problems.add(new FieldProblem(column, "must be a JSON object as text, e.g. {\"sku\": \"A-1\"}"));
            return null;
        }
    }

    /** The validator's field names as the file names them: customer.email is the email column, and so on. */
    List<FieldProblem> rename(List<FieldProblem> problems) {
        List<FieldProblem> renamed = new ArrayList<>(problems.size());
        for (FieldProblem problem : problems) {
            String field = problem.field().startsWith("customer.") ? problem.field().substring("customer.".length()) : problem.field();
            renamed.add(new FieldProblem(columns.nameOf(field), problem.message()));
        }
        return renamed;
    }
}
