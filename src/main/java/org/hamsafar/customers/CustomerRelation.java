package org.hamsafar.customers;

import java.util.Map;

/**
 * A relation over the customers module's tables that another module's SQL may join, so that work
 * stays in the database: {@code sql} is a SELECT with exactly the columns {@code customer_id}
 * (BIGINT) and {@code value} (text, never blank: NULL when the customer has no value), at most one
 * row per (customer_id, value). Its named parameters all start with {@code cg_}; bind {@code params}.
 */
public record CustomerRelation(String sql, Map<String, Object> params) {
    public CustomerRelation {
        params = Map.copyOf(params);
    }
}
