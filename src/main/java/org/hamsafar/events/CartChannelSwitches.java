package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether customers who change channel while buying still buy, counted in the database (the
 * digital CX scorecard's channel continuity). A <em>buying episode</em> starts at a cart event
 * (of {@code cartType}) in {@code [from, to)} when the customer had no cart event in the
 * {@code window} before it. It <em>switched</em> when a shopping event (one of
 * {@code journeyTypes}, which should hold the purchase type) follows on another channel within
 * {@code window}; it <em>completed</em> when a purchase follows within {@code window}, on any
 * channel. With a segment, only its members' episodes count.
 */
@Component
public class CartChannelSwitches {
    private final JdbcClient jdbc;

    CartChannelSwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Buying episodes, those that switched channel, and those that switched and completed. */
    public record Tally(long episodes, long switched, long switchedCompleted) {
    }

    public Tally tally(Instant from, Instant to, String cartType, String purchaseType, Set<String> journeyTypes, Duration window,
                       String segment) {
        // Whole seconds from a Duration the caller checked, never user text.
        String gap = "INTERVAL '" + window.toSeconds() + " seconds'";
        String sql = "WITH carts AS (SELECT customer_id, channel, occurred_at,"
                + " LAG(occurred_at) OVER (PARTITION BY customer_id ORDER BY occurred_at) AS prev_at"
                + " FROM interaction_event WHERE type = :cart AND occurred_at >= :lookFrom AND occurred_at < :to"
                + SegmentMembers.optionalCondition(segment, "customer_id", "segment") + "),"
                + " starts AS (SELECT customer_id, MIN(channel) AS channel, occurred_at FROM carts WHERE occurred_at >= :from"
                + " AND (prev_at IS NULL OR prev_at < occurred_at - " + gap + ") GROUP BY customer_id, occurred_at),"
                + " marked AS (SELECT s.customer_id, s.occurred_at,"
                + " MAX(CASE WHEN e.channel IS NOT NULL AND e.channel <> s.channel THEN 1 ELSE 0 END) AS switched,"
                + " MAX(CASE WHEN e.type = :purchase THEN 1 ELSE 0 END) AS completed"
                + " FROM starts s LEFT JOIN interaction_event e ON e.customer_id = s.customer_id AND e.occurred_at > s.occurred_at"
                + " AND e.occurred_at <= s.occurred_at + " + gap + " AND e.type IN (:journey)"
                + " GROUP BY s.customer_id, s.occurred_at)"
                + " SELECT COUNT(*) AS episodes, COALESCE(SUM(switched), 0) AS switched,"
                + " COALESCE(SUM(switched * completed), 0) AS switched_completed FROM marked";
        return SegmentMembers.bind(jdbc.sql(sql), "segment", segment).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("lookFrom", UtcTimes.toDb(from.minus(window)))
                .param("cart", cartType).param("purchase", purchaseType).param("journey", journeyTypes)
                .query((rs, i) -> new Tally(rs.getLong("episodes"), rs.getLong("switched"), rs.getLong("switched_completed"))).single();
    }
}
