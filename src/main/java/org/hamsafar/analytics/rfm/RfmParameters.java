package org.hamsafar.analytics.rfm;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code rfm} job's parameters: {@code purchaseTypes} (event types that are purchases, default
 * {@code ["purchase"]}), {@code asOf} (recency is measured to it and later purchases are ignored;
 * default: when the job runs), {@code lookbackDays} (only purchases in the days before {@code asOf};
 * default: all history).
 */
record RfmParameters(List<String> purchaseTypes, Instant asOf, Integer lookbackDays) {
    static final int MAX_TYPES = 10;
    static final int MAX_LOOKBACK_DAYS = 3650;
    private static final Set<String> FIELDS = Set.of("purchaseTypes", "asOf", "lookbackDays");

    static RfmParameters read(JsonNode parameters, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: " + FIELDS));
            }
        });
        List<String> types = List.of("purchase");
        JsonNode typesNode = parameters.get("purchaseTypes");
        if (typesNode != null && !typesNode.isNull()) {
            if (!typesNode.isArray() || typesNode.isEmpty() || typesNode.size() > MAX_TYPES) {
                problems.add(new FieldProblem("parameters.purchaseTypes", "must be an array of 1 to " + MAX_TYPES + " event types"));
            } else {
                Set<String> read = new LinkedHashSet<>();
                for (int i = 0; i < typesNode.size(); i++) {
                    JsonNode type = typesNode.get(i);
                    if (!type.isString() || !Keys.isKey(type.asString())) {
                        problems.add(new FieldProblem("parameters.purchaseTypes[" + i + "]", "must be an event type (a key such as purchase)"));
                    } else {
                        read.add(type.asString());
                    }
                }
                types = List.copyOf(read);
            }
        }
        Instant asOf = null;
        JsonNode asOfNode = parameters.get("asOf");
        if (asOfNode != null && !asOfNode.isNull()) {
            try {
                asOf = asOfNode.isString() ? IsoTimes.parseWithOffset(asOfNode.asString().strip()) : null;
            } catch (DateTimeException e) {
                asOf = null;
            }
            if (asOf == null) {
                problems.add(new FieldProblem("parameters.asOf", "must be an ISO-8601 date-time with offset, e.g. 2026-01-01T00:00:00Z"));
            } else if (asOf.isAfter(now)) {
                problems.add(new FieldProblem("parameters.asOf", "must not be in the future"));
            }
        }
        Integer lookback = null;
        JsonNode lookbackNode = parameters.get("lookbackDays");
        if (lookbackNode != null && !lookbackNode.isNull()) {
            if (!lookbackNode.isIntegralNumber() || !lookbackNode.canConvertToInt() || lookbackNode.asInt() < 1
                    || lookbackNode.asInt() > MAX_LOOKBACK_DAYS) {
                problems.add(new FieldProblem("parameters.lookbackDays", "must be a whole number of days from 1 to " + MAX_LOOKBACK_DAYS));
            } else {
                lookback = lookbackNode.asInt();
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new RfmParameters(types, asOf, lookback);
    }

    /** The parameters as stored with the job (null for the defaults decided at run time). */
    ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode types = json.putArray("purchaseTypes");
        purchaseTypes.forEach(types::add);
        json.put("asOf", asOf == null ? null : asOf.toString());
        json.put("lookbackDays", lookbackDays);
        return json;
    }
}
