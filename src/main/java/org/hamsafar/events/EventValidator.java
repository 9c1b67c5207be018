package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.customers.IdentityClaimReader;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.IsoTimes;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one incoming event (a JSON object) and turns it into an {@link EventInput}, or says
 * precisely what is wrong with it, field by field. The limits are documented in README.md.
 */
@Component
class EventValidator {
    static final int MAX_TEXT = 10_000;
    static final int MAX_PROPERTIES_BYTES = 32_768;
    static final int MAX_PROPERTIES_DEPTH = 5;
    static final int MAX_PROPERTIES_KEYS = 200;
    static final Duration MAX_FUTURE = Duration.ofHours(24);
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,64}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Set<String> FIELDS = Set.of("id", "type", "occurredAt", "channel", "touchpoint", "customer",
            "sessionId", "value", "currency", "text", "properties");
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999.9999");

    private final Clock clock;
    private final JsonMapper json;

    EventValidator(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = json;
    }

    /** The event, or the problems that keep it out. */
    record Checked(EventInput event, List<FieldProblem> problems) {
    }

    Checked check(JsonNode node) {
        List<FieldProblem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return new Checked(null, List.of(new FieldProblem("event", "must be a JSON object")));
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "unknown field"));
            }
        }
        String id = optionalText(node, "id", 64, problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", "must be 1 to 64 letters, digits or . _ : @ / + = -"));
        }
        String type = key(node, "type", true, problems);
        Instant occurredAt = time(node, problems);
        Channel channel = channel(node, problems);
        String touchpoint = key(node, "touchpoint", false, problems);
        IdentityClaim customer = IdentityClaimReader.read(node.get("customer"), true, problems);
        String sessionId = optionalText(node, "sessionId", 128, problems);
        BigDecimal value = value(node, problems);
        String currency = optionalText(node, "currency", 3, problems);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as IRR, EUR or USD"));
        }
        if (value != null && currency == null) {
            problems.add(new FieldProblem("currency", "is required when value is given"));
        }
        String text = optionalText(node, "text", MAX_TEXT, problems);
        String properties = properties(node.get("properties"), problems);
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        // The stored key is computed here, on the request's thread, not by the single writer.
        UUID storedId = id == null ? UUID.randomUUID() : NewEvent.idFor(id);
        return new Checked(new EventInput(id, type, occurredAt, channel, touchpoint, customer, sessionId, value, currency,
                text == null || text.isBlank() ? null : text, properties, storedId), List.of());
    }

    private static String optionalText(JsonNode node, String field, int maxLength, List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        String text = value.asString();
        if (text.length() > maxLength) {
            problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters (has " + text.length() + ")"));
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "must not contain null characters"));
            return null;
        }
        return text;
    }

    private static String key(JsonNode node, String field, boolean required, List<FieldProblem> problems) {
        String value = optionalText(node, field, 64, problems);
        if (value == null) {
            if (required && (node.get(field) == null || node.get(field).isNull())) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        if (!Keys.isKey(value)) {
            problems.add(new FieldProblem(field, "must be a key: a lower-case letter, then up to 63 lower-case letters, digits, '_', '.' or '-'"));
            return null;
        }
        return value;
    }

    private Instant time(JsonNode node, List<FieldProblem> problems) {
        String value = optionalText(node, "occurredAt", 64, problems);
        if (value == null) {
            if (node.get("occurredAt") == null || node.get("occurredAt").isNull()) {
                problems.add(new FieldProblem("occurredAt", "is required"));
            }
            return null;
        }
        Instant instant;
        try {
            instant = IsoTimes.parseWithOffset(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("occurredAt", "must be an ISO-8601 date-time with offset, e.g. 2026-05-01T10:15:30+03:30"));
            return null;
        }
        if (instant.isAfter(clock.instant().plus(MAX_FUTURE))) {
            problems.add(new FieldProblem("occurredAt", "must not be more than 24 hours in the future"));
        } else if (instant.isBefore(EARLIEST)) {
            problems.add(new FieldProblem("occurredAt", "must not be before 1970"));
        }
        return instant;
    }

    private static Channel channel(JsonNode node, List<FieldProblem> problems) {
        String value = optionalText(node, "channel", 16, problems);
        if (value == null) {
            if (node.get("channel") == null || node.get("channel").isNull()) {
                problems.add(new FieldProblem("channel", "is required"));
            }
            return null;
        }
        Optional<Channel> channel = Channel.fromKey(value);
        if (channel.isEmpty()) {
            problems.add(new FieldProblem("channel", "must be one of web, app, email, sms, phone, chat, social, store, other"));
            return null;
        }
        return channel.get();
    }

    private static BigDecimal value(JsonNode node, List<FieldProblem> problems) {
        JsonNode value = node.get("value");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(new FieldProblem("value", "must be a number"));
            return null;
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.abs().compareTo(MAX_VALUE) > 0 || decimal.stripTrailingZeros().scale() > 4) {
            problems.add(new FieldProblem("value", "must have at most 14 digits before and 4 after the decimal point"));
            return null;
        }
        return decimal;
    }

    private String properties(JsonNode node, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("properties", "must be a JSON object"));
            return null;
        }
        int[] keys = {0};
        if (depth(node, keys) > MAX_PROPERTIES_DEPTH) {
            problems.add(new FieldProblem("properties", "must not nest deeper than " + MAX_PROPERTIES_DEPTH + " levels"));
            return null;
        }
        if (keys[0] > MAX_PROPERTIES_KEYS) {
            problems.add(new FieldProblem("properties", "must have at most " + MAX_PROPERTIES_KEYS + " keys in all (has " + keys[0] + ")"));
            return null;
        }
        String compact = json.writeValueAsString(node);
        if (compact.length() > MAX_PROPERTIES_BYTES || compact.contains("\\u0000")) {
            problems.add(new FieldProblem("properties", compact.length() > MAX_PROPERTIES_BYTES
                    ? "must be at most " + MAX_PROPERTIES_BYTES + " characters as JSON" : "must not contain null characters"));
            return null;
        }
        return compact.equals("{}") ? null : compact;
    }

    /** Nesting depth of a JSON value (an object or array counts one level), counting object keys on the way. */
    private static int depth(JsonNode node, int[] keys) {
        if (!node.isContainer()) {
            return 0;
        }
        int deepest = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                keys[0]++;
                deepest = Math.max(deepest, depth(field.getValue(), keys));
            }
        } else {
            for (JsonNode element : node) {
                deepest = Math.max(deepest, depth(element, keys));
            }
        }
        return deepest + 1;
    }
}
