package org.hamsafar.customers;

import java.time.Instant;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which entries a timeline source should return, newest first: at most {@code limit}, optionally
 * only on {@code channel}, and strictly after the previous page in (time desc, id desc) order:
 * with {@code before} null there is no bound; otherwise entries older than {@code before}, plus,
 * at exactly {@code before}, those with an id below {@code beforeId} (all of them when
 * {@code allAtBefore}).
 */
public record TimelineWindow(String channel, Instant before, String beforeId, boolean allAtBefore, int limit) {

    /**
     * The page of {@code table} this window selects for one customer, newest first, for sources
     * whose rows have a UUID {@code id}, a {@code customer_id}, a {@code channel} and the time in
     * {@code timeColumn} (names from the source's own code, never user input); bind with
     * {@link #bind(JdbcClient.StatementSpec, long)}.
     */
    public String sql(String columns, String table, String timeColumn) {
        String bound;
        if (before == null) {
            bound = "";
        } else if (allAtBefore) {
            bound = " AND " + timeColumn + " <= :before";
        } else if (beforeId == null) {
            bound = " AND " + timeColumn + " < :before";
        } else {
            bound = " AND (" + timeColumn + " < :before OR (" + timeColumn + " = :before AND id < CAST(:beforeId AS UUID)))";
        }
        return "SELECT " + columns + " FROM " + table + " WHERE customer_id = :customerId"
                + (channel == null ? "" : " AND channel = :channel") + bound
                + " ORDER BY " + timeColumn + " DESC, id DESC LIMIT :limit";
    }

    /** Binds the parameters of {@link #sql(String, String, String)}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, long customerId) {
        JdbcClient.StatementSpec spec = statement.param("customerId", customerId).param("limit", limit);
        if (channel != null) {
            spec = spec.param("channel", channel);
        }
        if (before != null) {
            spec = spec.param("before", UtcTimes.toDb(before));
            if (beforeId != null && !allAtBefore) {
                spec = spec.param("beforeId", beforeId);
            }
        }
        return spec;
    }
}
