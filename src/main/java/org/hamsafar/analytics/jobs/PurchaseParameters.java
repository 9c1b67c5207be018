package org.hamsafar.analytics.jobs;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.time.IsoTimes;
import tools.jackson.databind.JsonNode;

/**
 * Parameters that the analyses of customers share ({@code purchaseTypes}, {@code asOf},
 * {@code segment}), read in one place so that each job names their problems the same way.
 */
public final class PurchaseParameters {
    private PurchaseParameters() {
    }

    /** {@code purchaseTypes}: 1 to {@code max} event types, default {@code ["purchase"]}; repeated types count once. */
    public static List<String> purchaseTypes(JsonNode parameters, int max, List<FieldProblem> problems) {
        JsonNode typesNode = parameters.get("purchaseTypes");
        if (typesNode == null || typesNode.isNull()) {
            return List.of("purchase");
        }
        if (!typesNode.isArray() || typesNode.isEmpty() || typesNode.size() > max) {
            problems.add(new FieldProblem("parameters.purchaseTypes", "must be an array of 1 to " + max + " event types"));
            return List.of("purchase");
        }
        Set<String> read = new LinkedHashSet<>();
        for (int i = 0; i < typesNode.size(); i++) {
            JsonNode type = typesNode.get(i);
            if (!type.isString() || !Keys.isKey(type.asString())) {
                problems.add(new FieldProblem("parameters.purchaseTypes[" + i + "]", "must be an event type (a key such as purchase)"));
            } else {
                read.add(type.asString());
            }
        }
        return List.copyOf(read);
    }

    /** {@code segment}: a segment's key (a customer tag) whose members alone are analysed; null when not given. */
    public static String segment(JsonNode parameters, List<FieldProblem> problems) {
        return SegmentMembers.read(parameters.get("segment"), "parameters.segment", problems);
    }

    /** {@code asOf}: an ISO-8601 date-time with offset, not in the future; null when not given (the job's start). */
    public static Instant asOf(JsonNode parameters, Instant now, List<FieldProblem> problems) {
        JsonNode asOfNode = parameters.get("asOf");
        if (asOfNode == null || asOfNode.isNull()) {
            return null;
        }
        Instant asOf;
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
        return asOf;
    }
}
