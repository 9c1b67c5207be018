package org.hamsafar.analytics.basket;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hamsafar.shared.Digits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The basket page's GET form (its URL is the bookmark): {@code eventType}, {@code itemProperty},
 * {@code days} (the period: that many days up to now), the thresholds and {@code run}. Numbers may
 * be typed with Persian digits and the Persian decimal separator. The form's text becomes the
 * body the API reads, so both validate alike; a number that does not parse is a problem of its field.
 */
public final class BasketForm {
    static final List<Integer> PERIODS = List.of(30, 90, 180, 365, 730);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,12})?");
    private static final List<String> NUMBERS = List.of("minSupport", "minConfidence", "minLift", "maxLength", "maxRules");
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private final boolean submitted;

    private BasketForm(Map<String, String> params, boolean submitted) {
        this.submitted = submitted;
        for (String name : List.of("eventType", "itemProperty", "days", "minSupport", "minConfidence", "minLift", "maxLength", "consequent",
                "maxRules")) {
            values.put(name, Digits.latin(params.getOrDefault(name, "").strip()).replace('٫', '.'));
        }
    }

    /** The form as sent. */
    static BasketForm of(Map<String, String> params) {
        return new BasketForm(params, params.containsKey("run"));
    }

    /** The form filled from stored parameters (a job's), with the period shown as the nearest choice. */
    static BasketForm fromParameters(JsonNode parameters) {
        Map<String, String> params = new LinkedHashMap<>();
        parameters.propertyNames().forEach(name -> params.put(name, parameters.get(name).asString()));
        long days = Duration.between(Instant.parse(parameters.get("from").asString()), Instant.parse(parameters.get("to").asString())).toDays();
        params.put("days", Integer.toString(PERIODS.stream().min((a, b) -> Long.compare(Math.abs(a - days), Math.abs(b - days))).orElseThrow()));
        return new BasketForm(params, false);
    }

    public boolean submitted() {
        return submitted;
    }

    public String value(String name) {
        return values.get(name);
    }

    public int days() {
        String days = values.get("days");
        return days.matches("\\d{1,4}") && PERIODS.contains(Integer.parseInt(days)) ? Integer.parseInt(days) : 365;
    }

    /** Fields whose number did not parse, by name. */
    Map<String, String> unreadable() {
        return unreadable;
    }

    /** The API body: blank fields left to their defaults, the period as the last {@link #days()} up to {@code now}. */
    ObjectNode body(Instant now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (String name : List.of("eventType", "itemProperty", "consequent")) {
            if (!values.get(name).isEmpty()) {
                body.put(name, values.get(name));
            }
        }
        for (String name : NUMBERS) {
            String text = values.get(name);
            if (text.isEmpty()) {
                continue;
            }
            if (!NUMBER.matcher(text).matches()) {
                unreadable.put(name, text);
            } else if (text.contains(".")) {
                body.put(name, Double.parseDouble(text));
            } else {
                body.put(name, Long.parseLong(text));
            }
        }
        body.put("from", now.minus(Duration.ofDays(days())).toString());
        body.put("to", now.toString());
        return body;
    }
}
