package org.hamsafar.analytics.rfm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hamsafar.analytics.jobs.PurchaseParameters;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code rfm} job's parameters: {@code purchaseTypes} (event types that are purchases, default
 * {@code ["purchase"]}), {@code asOf} (recency is measured to it and later purchases are ignored;
 * default: when the job runs), {@code lookbackDays} (only purchases in the days before {@code asOf};
 * default: all history), {@code segment} (only that segment's customers, scored among themselves; such a
 * run keeps its result but stores no customer scores, so everyone's stay those of the last whole run).
 */
record RfmParameters(List<String> purchaseTypes, Instant asOf, Integer lookbackDays, String segment) {
    static final int MAX_TYPES = 10;
    static final int MAX_LOOKBACK_DAYS = 3650;
    private static final Set<String> FIELDS = Set.of("purchaseTypes", "asOf", "lookbackDays", "segment");

    static RfmParameters read(JsonNode parameters, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        parameters.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem("parameters." + name, "unknown parameter; known: " + FIELDS));
            }
        });
        List<String> types = PurchaseParameters.purchaseTypes(parameters, MAX_TYPES, problems);
        Instant asOf = PurchaseParameters.asOf(parameters, now, problems);
        String segment = PurchaseParameters.segment(parameters, problems);
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
        return new RfmParameters(types, asOf, lookback, segment);
    }

    /** The parameters as stored with the job (null for the defaults decided at run time). */
    ObjectNode json() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode types = json.putArray("purchaseTypes");
        purchaseTypes.forEach(types::add);
        json.put("asOf", asOf == null ? null : asOf.toString());
        json.put("lookbackDays", lookbackDays);
        json.put("segment", segment);
        return json;
    }
}
