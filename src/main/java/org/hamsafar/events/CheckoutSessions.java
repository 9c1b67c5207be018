package org.hamsafar.events;

import java.time.Instant;
import java.util.List;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shopping sessions and how they ended, counted in the database (the digital CX scorecard's
 * purchase convenience and mobile ease). A session is a customer's events sharing a
 * {@code session_id} in {@code [from, to)}; its channel is the smallest channel key among them
 * (sessions stay on one channel in practice). It <em>checked out</em> with an event of the checkout
 * type, <em>purchased</em> with one of the purchase type; its <em>steps to purchase</em> are its
 * events up to and including the first purchase. With a segment, only its members' sessions count.
 */
@Component
public class CheckoutSessions {
    private final JdbcClient jdbc;

    CheckoutSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per channel: sessions, sessions that checked out, those that also purchased, and sessions that purchased. */
    public record ChannelSessions(String channel, long sessions, long checkouts, long convertedCheckouts, long purchases) {
    }

    /** Sessions per channel, and the median steps to purchase over every purchasing session (null without any). */
    public record Tally(List<ChannelSessions> channels, Double medianStepsToPurchase) {
    }

    public Tally tally(Instant from, Instant to, String checkoutType, String purchaseType, String segment) {
        String sessions = "WITH e AS (SELECT customer_id, session_id, channel, type, occurred_at,"
                + " MIN(CASE WHEN type = :purchase THEN occurred_at END) OVER (PARTITION BY customer_id, session_id) AS purchased_at"
                + " FROM interaction_event WHERE session_id IS NOT NULL AND occurred_at >= :from AND occurred_at < :to"
                + SegmentMembers.optionalCondition(segment, "customer_id", "segment") + "),"
                + " s AS (SELECT MIN(channel) AS channel, MAX(CASE WHEN type = :checkout THEN 1 ELSE 0 END) AS checkout,"
                + " MAX(CASE WHEN purchased_at IS NOT NULL THEN 1 ELSE 0 END) AS purchased,"
                + " SUM(CASE WHEN purchased_at IS NOT NULL AND occurred_at <= purchased_at THEN 1 ELSE 0 END) AS steps"
                + " FROM e GROUP BY customer_id, session_id)";
        List<ChannelSessions> channels = SegmentMembers.bind(jdbc.sql(sessions + " SELECT channel, COUNT(*) AS sessions, SUM(checkout) AS checkouts,"
                        + " SUM(checkout * purchased) AS converted, SUM(purchased) AS purchases FROM s GROUP BY channel ORDER BY channel"), "segment", segment)
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("checkout", checkoutType).param("purchase", purchaseType)
                .query((rs, i) -> new ChannelSessions(rs.getString("channel"), rs.getLong("sessions"), rs.getLong("checkouts"),
                        rs.getLong("converted"), rs.getLong("purchases")))
                .list();
        Double[] steps = new Double[1];
        SegmentMembers.bind(jdbc.sql(sessions + " SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY steps) AS median FROM s WHERE purchased = 1"),
                        "segment", segment)
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("checkout", checkoutType).param("purchase", purchaseType)
                .query(rs -> {
                    // getObject, not getDouble: the DuckDB driver answers NaN for a NULL double.
                    Object median = rs.getObject("median");
                    steps[0] = median instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
                });
        return new Tally(channels, steps[0]);
    }
}
