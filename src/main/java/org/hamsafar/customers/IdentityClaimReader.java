package org.hamsafar.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code customer} object that records (events, survey responses, ...) name their
 * customer by: {@code customerId}, {@code externalId}, {@code email}, {@code phone},
 * {@code anonymousId}, each normalised. Problems are reported under "customer.&lt;field&gt;".
 */
public final class IdentityClaimReader {
    private static final Set<String> FIELDS = Set.of("customerId", "externalId", "email", "phone", "anonymousId");
    private static final int MAX_IDENTITY = 320;

    private IdentityClaimReader() {
    }

    /** The claim, or null with the reasons added to {@code problems}; {@code required}: whether a missing object is a problem. */
    public static IdentityClaim read(JsonNode node, boolean required, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new FieldProblem("customer", "is required: give customerId, externalId, email, phone or anonymousId"));
            }
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("customer", "must be an object"));
            return null;
        }
        int before = problems.size();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new FieldProblem("customer." + field.getKey(), "unknown field"));
            }
        }
        Long customerId = null;
        JsonNode idNode = node.get("customerId");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isIntegralNumber() || !idNode.canConvertToLong() || idNode.longValue() < 1) {
                problems.add(new FieldProblem("customer.customerId", "must be a positive whole number"));
            } else {
                customerId = idNode.longValue();
            }
        }
        List<CustomerIdentity> identities = new ArrayList<>();
        identity(node, "externalId", IdentityKind.EXTERNAL_ID, identities, problems);
        identity(node, "email", IdentityKind.EMAIL, identities, problems);
        identity(node, "phone", IdentityKind.PHONE, identities, problems);
        identity(node, "anonymousId", IdentityKind.ANONYMOUS_ID, identities, problems);
        if (problems.size() > before) {
            return null;
        }
        if (customerId == null && identities.isEmpty()) {
            problems.add(new FieldProblem("customer", "needs at least one of customerId, externalId, email, phone, anonymousId"));
            return null;
        }
        return new IdentityClaim(customerId, identities);
    }

    private static void identity(JsonNode node, String field, IdentityKind kind, List<CustomerIdentity> identities,
                                 List<FieldProblem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        String path = "customer." + field;
        if (!value.isString()) {
            problems.add(new FieldProblem(path, "must be a string"));
            return;
        }
        String raw = value.asString();
        if (raw.length() > MAX_IDENTITY) {
            problems.add(new FieldProblem(path, "must be at most " + MAX_IDENTITY + " characters (has " + raw.length() + ")"));
            return;
        }
        if (raw.isBlank()) {
            return;
        }
        IdentityNormalizer.normalize(kind, raw).ifPresentOrElse(identities::add,
                () -> problems.add(new FieldProblem(path, IdentityNormalizer.invalidMessage(kind))));
    }
}
