package org.hamsafar.shared.store;

import java.util.List;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import tools.jackson.databind.JsonNode;

/**
 * The one way analyses keep only a segment's customers: a segment's key is the customer tag its
 * refresh gives, so its members are the customers who carry that tag now (customers module's
 * {@code customer_tag}). Written once here so that every metric and analysis filters alike.
 */
public final class SegmentMembers {
    /** The rule a segment parameter must follow, as the problem+json message words it. */
    public static final String RULE = "must be a segment's key (a customer tag): a lower-case letter, then up to 63 of a-z 0-9 _ . -";

    private SegmentMembers() {
    }

    /**
     * A request's segment value: null when absent or JSON null; a key when it is one; otherwise null
     * and a problem named {@code field} (so that every reader words it alike).
     */
    public static String read(JsonNode value, String field, List<FieldProblem> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString() || !Keys.isKey(value.asString())) {
            problems.add(new FieldProblem(field, RULE));
            return null;
        }
        return value.asString();
    }

    /** {@code " AND <customerColumn> IN (members of :<parameter>)"}, to append to a WHERE clause. */
    public static String condition(String customerColumn, String parameter) {
        return " AND " + in(customerColumn, parameter);
    }

    /** {@link #condition} when {@code segment} is set, else "": for queries whose segment is optional. */
    public static String optionalCondition(String segment, String customerColumn, String parameter) {
        return segment == null ? "" : condition(customerColumn, parameter);
    }

    /** Binds {@code segment} to {@code parameter} when it is set (the statement of {@link #optionalCondition}). */
    public static StatementSpec bind(StatementSpec statement, String parameter, String segment) {
        return segment == null ? statement : statement.param(parameter, segment);
    }

    /** {@code "<customerColumn> IN (members of :<parameter>)"}. */
    public static String in(String customerColumn, String parameter) {
        return customerColumn + " IN (SELECT customer_id FROM customer_tag WHERE tag = :" + parameter + ")";
    }
}
