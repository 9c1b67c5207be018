package org.hamsafar.customers;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sets of customers by what their profiles say now, as sorted id arrays, for rules that combine
 * them with other modules' sets (segments). Read-only; only live profiles (neither merged into
 * another nor erased).
 */
@Component
public class CustomerSelections {
    private static final String LIVE = "c.merged_into IS NULL AND c.erased_at IS NULL";
    private final JdbcClient jdbc;
    private final CustomerGroupings groupings;

    CustomerSelections(JdbcClient jdbc, CustomerGroupings groupings) {
        this.jdbc = jdbc;
        this.groupings = groupings;
    }

    /** Every live customer. */
    public long[] live() {
        return ids("SELECT c.id FROM customer c WHERE " + LIVE + " ORDER BY c.id", Map.of());
    }

    /**
     * Live customers whose attribute (see {@link CustomerGroupings#isGroupableAttribute}) equals one of
     * {@code values}, ignoring case and surrounding spaces.
     */
    public long[] withAttribute(String attribute, List<String> values) {
        CustomerRelation relation = groupings.byAttribute(attribute);
        Map<String, Object> params = new HashMap<>(relation.params());
        params.put("cs_values", values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList());
        return ids("SELECT r.customer_id FROM (" + relation.sql() + ") r JOIN customer c ON c.id = r.customer_id"
                + " WHERE " + LIVE + " AND LOWER(r.value) IN (:cs_values) ORDER BY r.customer_id", params);
    }

    /** Live customers born in {@code from..to} (inclusive). */
    public long[] bornBetween(int from, int to) {
        return ids("SELECT c.id FROM customer c WHERE " + LIVE + " AND c.birth_year BETWEEN :cs_from AND :cs_to ORDER BY c.id",
                Map.of("cs_from", from, "cs_to", to));
    }

    private long[] ids(String sql, Map<String, Object> params) {
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        jdbc.sql(sql).withFetchSize(5000).params(params).query(rs -> {
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = rs.getLong(1);
        });
        return Arrays.copyOf(buffer[0], size[0]);
    }
}
