package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether customers' support contacts were settled at the first contact, counted in the database
 * (the digital CX scorecard's first-contact resolution).
 *
 * <p>A contact is an event on one of the contact channels (phone, chat, ...) or of one of the
 * contact types (ticket_opened, ...). A contact <em>starts an episode</em> when the customer had no
 * contact in the {@code repeat} before it; the episode was <em>resolved at first contact</em> when
 * the customer made no further contact within {@code repeat} after it (found with LAG and LEAD
 * over each customer's contacts). Episodes count when they start in {@code [from, to)}; contacts
 * up to {@code repeat} before and after the period are read to judge them. With a segment, only its
 * members' contacts count.
 */
@Component
public class SupportContactOutcomes {
    private final JdbcClient jdbc;

    SupportContactOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Contacts in the period, episodes starting in it, and episodes resolved at the first contact. */
    public record Outcome(long contacts, long episodes, long resolvedFirst) {
    }

    public Outcome tally(Instant from, Instant to, Set<String> channels, Set<String> types, Duration repeat, String segment) {
        if (channels.isEmpty() && types.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        String contact = channels.isEmpty() ? "type IN (:types)" : types.isEmpty() ? "channel IN (:channels)"
                : "(channel IN (:channels) OR type IN (:types))";
        // Whole seconds from a Duration the caller checked, never user text.
        String gap = "INTERVAL '" + repeat.toSeconds() + " seconds'";
        String sql = "WITH c AS (SELECT customer_id, occurred_at,"
                + " LAG(occurred_at) OVER (PARTITION BY customer_id ORDER BY occurred_at) AS prev_at,"
                + " LEAD(occurred_at) OVER (PARTITION BY customer_id ORDER BY occurred_at) AS next_at"
                + " FROM interaction_event WHERE " + contact + " AND occurred_at >= :lookFrom AND occurred_at < :lookTo"
                + SegmentMembers.optionalCondition(segment, "customer_id", "segment") + "),"
                + " s AS (SELECT occurred_at, CASE WHEN prev_at IS NULL OR prev_at < occurred_at - " + gap + " THEN 1 ELSE 0 END AS starts,"
                + " CASE WHEN next_at IS NULL OR next_at > occurred_at + " + gap + " THEN 1 ELSE 0 END AS last_one"
                + " FROM c WHERE occurred_at >= :from AND occurred_at < :to)"
                + " SELECT COUNT(*) AS contacts, COALESCE(SUM(starts), 0) AS episodes,"
                + " COALESCE(SUM(CASE WHEN starts = 1 AND last_one = 1 THEN 1 ELSE 0 END), 0) AS resolved FROM s";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to))
                .param("lookFrom", UtcTimes.toDb(from.minus(repeat))).param("lookTo", UtcTimes.toDb(to.plus(repeat)));
        statement = SegmentMembers.bind(statement, "segment", segment);
        if (!channels.isEmpty()) {
            statement = statement.param("channels", channels);
        }
        if (!types.isEmpty()) {
            statement = statement.param("types", types);
        }
        return statement.query((rs, i) -> new Outcome(rs.getLong("contacts"), rs.getLong("episodes"), rs.getLong("resolved"))).single();
    }
}
