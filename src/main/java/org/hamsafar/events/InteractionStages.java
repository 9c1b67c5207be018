package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How customers really move through the ordered stages of a designed journey, counted in the
 * database in one statement (SQL written by {@link StageSql}). The caller (the journeys module's
 * live overlay) turns each stage's touchpoints into {@link EventMatch}es.
 *
 * <p>Semantics, for the period {@code [from, to)}:
 * <ul>
 *   <li>A customer <em>reaches</em> stage k with any event in the period that matches any of the
 *   stage's matches (every part a match sets must equal the event's). Their first such event is
 *   their reach of the stage.</li>
 *   <li>They <em>reach the next stage</em> when an event matching stage k+1 follows strictly after
 *   that first reach and no later than {@code window} after it (it may fall after {@code to}).
 *   The time to the next stage is measured from the first reach of k to the earliest such event;
 *   its median is taken over the customers who reached the next stage.</li>
 *   <li>A touchpoint (one match) counts the distinct customers and the events matching it in the period.</li>
 *   <li><em>Repeat contacts</em>: customers with a contact event (see {@link Contacts}) matching the
 *   stage in the period that is followed by another such contact at the same stage within
 *   {@code window} (found with LEAD over each customer's contacts at the stage).</li>
 * </ul>
 * With {@code customers} set, only the events of customers in that relation count.
 */
@Component
public class InteractionStages {
    /** The most stages one question may have (a journey map has at most 30). */
    public static final int MAX_STAGES = 50;
    /** The most distinct matches over all stages: each is one row of a small table joined on channel. */
    public static final int MAX_MATCHES = 2000;

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    InteractionStages(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Which events are a customer contacting the business: every event on one of {@code channels}
     * (channel keys such as phone, chat) and every event of one of {@code types} (such as
     * ticket_opened) on any channel. Both may be empty; then no event is a contact.
     */
    public record Contacts(Set<String> channels, Set<String> types) {
        public Contacts {
            channels = Set.copyOf(channels);
            types = Set.copyOf(types);
        }
    }

    /**
     * The question: the stages in order, each a list of matches that every set a channel (a stage
     * without matches is reached by nobody); the window; the period {@code [from, to)}; optionally only customers of
     * a relation (null: everyone); and what counts as a contact.
     */
    public record StageQuestion(List<List<EventMatch>> stages, Duration window, Instant from, Instant to, CustomerRelation customers,
                                Contacts contacts) {
        public StageQuestion {
            stages = stages.stream().map(List::copyOf).toList();
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(contacts, "contacts");
            if (stages.isEmpty() || stages.size() > MAX_STAGES) {
                throw new IllegalArgumentException("1 to " + MAX_STAGES + " stages");
            }
            if (stages.stream().flatMap(List::stream).anyMatch(m -> m.channel() == null)) {
                throw new IllegalArgumentException("every stage match names its channel");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window must be positive");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
        }
    }

    /** One match of a stage: the distinct customers and the events that matched it in the period. */
    public record MatchCount(long customers, long events) {
    }

    /**
     * One stage's outcome: {@code customers} who reached it in the period; {@code reachedNext} of
     * them reached the next stage within the window (0 for the last stage); the median seconds from
     * the first reach to the next stage (null when nobody went on); {@code repeatContactCustomers};
     * and per match of the stage, in the order given, its counts.
     */
    public record StageReach(int index, long customers, long reachedNext, Double medianSecondsToNext, long repeatContactCustomers,
                             List<MatchCount> matches) {
    }

    /** Every stage of the question, in order. One statement. */
    public List<StageReach> reach(StageQuestion question) {
        StageSql sql = new StageSql(question);
        if (sql.matchCount() > MAX_MATCHES) {
            throw new IllegalArgumentException("at most " + MAX_MATCHES + " distinct matches");
        }
        StageSql.Rows rows = new StageSql.Rows(question.stages().size(), sql.matchCount());
        if (sql.matchCount() > 0) {
            read(sql, rows);
        }
        List<StageReach> stages = new ArrayList<>();
        for (int k = 0; k < question.stages().size(); k++) {
            List<MatchCount> matches = new ArrayList<>();
            for (int m : sql.matchesOf(k)) {
                matches.add(rows.match(m));
            }
            stages.add(new StageReach(k, rows.customers(k), k == question.stages().size() - 1 ? 0 : rows.next(k), rows.median(k),
                    rows.repeats(k), List.copyOf(matches)));
        }
        return stages;
    }

    private void read(StageSql sql, StageSql.Rows rows) {
        String statement = sql.statement();
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(statement).params(sql.params()).query(rs -> {
                // getObject, not getDouble: the DuckDB driver answers NaN for a NULL double.
                Object median = rs.getObject("median_seconds");
                Double seconds = median instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
                rows.add(rs.getString("kind"), rs.getInt("k"), rs.getLong("customers"), rs.getLong("amount"), seconds);
            });
        });
    }
}
