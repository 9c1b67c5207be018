package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * its channel is the episode's channel (events at the same instant: the smallest channel key). The episode lasts {@code window}: the next episode starts at the first such event strictly
 * after {@code start + window}, and so on; so episodes never overlap and every event inside an
 * episode's window belongs to it, whatever its channel. An episode <i>switched</i> when the customer
 * has an event expressing the intent on another channel strictly after the start and no later than
 * {@code start + window} (possibly after {@code to}); the first such event gives the channel switched
 * to and the time to switch. An event that expresses two intents counts in both.
 *
 * <p>{@link SwitchSql} holds the statement: one sort of the matching events settles nearly every
 * episode from its neighbours, and a recursive CTE follows the rare chains of episodes without a gap
 * (and windows holding many events). Everything is grouped in the database with GROUPING SETS: per
 * intent and overall, per channel pair, per from-channel and in total.
 */
@Component
public class ChannelSwitches {
    public static final int MAX_INTENTS = 10;
    public static final int MAX_MATCHES = 20;

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    ChannelSwitches(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
     * (more than 0), the period {@code [from, to)} in which episodes start, and a segment's key
     * whose members' episodes alone are counted (null: every customer).
     */
    public record SwitchQuery(List<Intent> intents, Duration window, Instant from, Instant to, String segment) {
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
        SwitchSql statement = new SwitchSql(dialect, query);
        String sql = statement.sql();
        List<Tally> tallies = new ArrayList<>();
        // Read-only, after the store's settings for analytic queries (no nested loops on PostgreSQL).
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).params(statement.params()).query(rs -> {
                if (rs.getInt("channel_codes") > SwitchSql.MAX_CHANNEL_CODES) {
                    throw new IllegalStateException("the events of the period use more than " + SwitchSql.MAX_CHANNEL_CODES
                            + " channel keys; channel switching numbers at most that many");
                }
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
        });
        return tallies;
    }
}
