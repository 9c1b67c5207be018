package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often customers pursue one intent on one channel and then on another (web, then a phone
 * call about the same thing), counted in the database. The journeys module validates the question;
 * this class owns the SQL over {@code interaction_event}.
 *
 * <p><b>Intent.</b> An intent is a named set of event matches ({@code support}: a {@code
 * contact_form} on the web, a {@code call} to the {@code support_line}, a {@code chat_started});
 * an event expresses the intent when it matches any of them. Without intents, each touchpoint is an
 * intent of its own: events with the same touchpoint key on different channels pursue the same
 * thing, and events without a touchpoint take no part.
 *
 * <p><b>Episodes.</b> For each customer and intent, the events expressing it are taken in time
 * order. An episode starts at the earliest such event with {@code occurred_at} in {@code [from, to)};
 * its channel is the episode's channel (events at the same instant: the smallest channel key, then
 * id). The episode lasts {@code window}: the next episode starts at the first such event strictly
 * after {@code start + window}, and so on; so episodes never overlap and every event inside an
 * episode's window belongs to it, whatever its channel. An episode <i>switched</i> when the customer
 * has an event expressing the intent on another channel strictly after the start and no later than
 * {@code start + window} (possibly after {@code to}); the first such event gives the channel switched
 * to and the time to switch. An event that expresses two intents counts in both.
 *
 * <p>The chain of episode starts is followed by a recursive CTE, one step per episode: each
 * candidate start knows, by a window function over a RANGE frame, the first candidate after its
 * window, so each recursion step is an equality join. Everything is grouped in the database with
 * GROUPING SETS: per intent and overall, per channel pair, per from-channel and in total.
 */
@Component
public class ChannelSwitches {
    public static final int MAX_INTENTS = 10;
    public static final int MAX_MATCHES = 20;

    private final JdbcClient jdbc;

    ChannelSwitches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An intent: a key (unique in a question) and the event matches that express it (1 to {@link #MAX_MATCHES}). */
    public record Intent(String key, List<EventMatch> match) {
        public Intent {
            if (match.isEmpty() || match.size() > MAX_MATCHES) {
                throw new IllegalArgumentException("an intent has 1 to " + MAX_MATCHES + " matches");
            }
            match = List.copyOf(match);
        }
    }

    /**
     * A validated question: the intents (empty: each touchpoint is an intent), the episode window
     * (more than 0), and the period {@code [from, to)} in which episodes start.
     */
    public record SwitchQuery(List<Intent> intents, Duration window, Instant from, Instant to) {
        public SwitchQuery {
            if (intents.size() > MAX_INTENTS) {
                throw new IllegalArgumentException("at most " + MAX_INTENTS + " intents");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window must be positive");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
            intents = List.copyOf(intents);
        }
    }

    /**
     * One group of episodes. {@code intent} null: all intents; {@code fromChannel} null: all
     * channels; {@code toChannel} set: only the episodes that switched to that channel (then
     * {@code switched == episodes}). {@code medianSeconds} is the median time to switch among the
     * episodes that switched (null when none did).
     */
    public record Tally(String intent, String fromChannel, String toChannel, long episodes, long switched, Double medianSeconds) {
    }

    public List<Tally> tally(SwitchQuery query) {
        Map<String, Object> params = new HashMap<>();
        String sql = sql(query, params);
        List<Tally> tallies = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            int grouping = rs.getInt("g");
            String to = rs.getString("to_channel");
            // Bit 0 clear means grouped by to_channel: a NULL there is "did not switch", not a pair.
            if ((grouping & 1) == 0 && to == null) {
                return;
            }
            // getObject, not getDouble: the DuckDB driver answers NaN for a NULL double.
            Object median = rs.getObject("median_seconds");
            Double seconds = median instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : null;
            tallies.add(new Tally((grouping & 4) == 0 ? rs.getString("intent") : null, (grouping & 2) == 0 ? rs.getString("from_channel") : null,
                    (grouping & 1) == 0 ? to : null, rs.getLong("episodes"), rs.getLong("switched"), seconds));
        });
        return tallies;
    }

    private static String sql(SwitchQuery q, Map<String, Object> params) {
        params.put("from", UtcTimes.toDb(q.from()));
        params.put("to", UtcTimes.toDb(q.to()));
        params.put("hi", UtcTimes.toDb(q.to().plus(q.window())));
        StringBuilder sql = new StringBuilder("WITH RECURSIVE m AS MATERIALIZED (");
        if (q.intents().isEmpty()) {
            sql.append("SELECT e.customer_id, e.touchpoint AS intent, e.channel, e.occurred_at AS t, e.id FROM interaction_event e"
                    + " WHERE e.occurred_at >= :from AND e.occurred_at <= :hi AND e.touchpoint IS NOT NULL");
        }
        for (int i = 0; i < q.intents().size(); i++) {
            Intent intent = q.intents().get(i);
            params.put("intent" + i, intent.key());
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < intent.match().size(); j++) {
                terms.add(EventSql.matchTerm(intent.match().get(j), "e", "i" + i + "m" + j + "_", params));
            }
            sql.append(i > 0 ? " UNION ALL " : "").append("SELECT e.customer_id, CAST(:intent").append(i)
                    .append(" AS VARCHAR(64)) AS intent, e.channel, e.occurred_at AS t, e.id FROM interaction_event e"
                            + " WHERE e.occurred_at >= :from AND e.occurred_at <= :hi AND (").append(String.join(" OR ", terms)).append(")");
        }
        sql.append(")");
        // Candidate starts: one event per customer, intent and instant in [from, to), each with the
        // first candidate strictly after its window (the frame starts one microsecond past it).
        sql.append(", c AS MATERIALIZED (SELECT customer_id, intent, channel, t, MIN(t) OVER (PARTITION BY customer_id, intent"
                + " ORDER BY t RANGE BETWEEN ").append(EventSql.interval(q.window(), 1)).append(" FOLLOWING AND UNBOUNDED FOLLOWING) AS nxt,"
                + " ROW_NUMBER() OVER (PARTITION BY customer_id, intent ORDER BY t) AS rn FROM (SELECT customer_id, intent, channel, t,"
                + " ROW_NUMBER() OVER (PARTITION BY customer_id, intent, t ORDER BY channel, id) AS k FROM m WHERE t < :to) x WHERE k = 1)");
        sql.append(", ep (customer_id, intent, channel, t, nxt) AS (SELECT customer_id, intent, channel, t, nxt FROM c WHERE rn = 1"
                + " UNION ALL SELECT c.customer_id, c.intent, c.channel, c.t, c.nxt FROM ep"
                + " JOIN c ON c.customer_id = ep.customer_id AND c.intent = ep.intent AND c.t = ep.nxt)");
        sql.append(", sw AS (SELECT ep.customer_id, ep.intent, ep.t, m.channel AS to_channel, m.t AS switched_at,"
                + " ROW_NUMBER() OVER (PARTITION BY ep.customer_id, ep.intent, ep.t ORDER BY m.t, m.channel) AS k"
                + " FROM ep JOIN m ON m.customer_id = ep.customer_id AND m.intent = ep.intent AND m.channel <> ep.channel"
                + " AND m.t > ep.t AND m.t <= ep.t + ").append(EventSql.interval(q.window(), 0)).append(")");
        sql.append(", outcome AS (SELECT ep.intent, ep.channel AS from_channel, s.to_channel,"
                + " CAST(EXTRACT(EPOCH FROM (s.switched_at - ep.t)) AS DOUBLE PRECISION) AS secs FROM ep"
                + " LEFT JOIN sw s ON s.customer_id = ep.customer_id AND s.intent = ep.intent AND s.t = ep.t AND s.k = 1)");
        sql.append(" SELECT GROUPING(intent, from_channel, to_channel) AS g, intent, from_channel, to_channel,"
                + " COUNT(*) AS episodes, COUNT(to_channel) AS switched, percentile_cont(0.5) WITHIN GROUP (ORDER BY secs) AS median_seconds"
                + " FROM outcome GROUP BY GROUPING SETS ((intent, from_channel, to_channel), (intent, from_channel), (intent),"
                + " (from_channel, to_channel), (from_channel), ())");
        return sql.toString();
    }
}
