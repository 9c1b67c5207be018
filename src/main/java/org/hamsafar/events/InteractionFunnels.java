package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts, in the database, how many customers pass through an ordered sequence of interaction
 * steps, and lists those who dropped out at a step. The caller (the journeys module) validates
 * the steps; this class owns the SQL over {@code interaction_event} (built by {@link FunnelSql}).
 *
 * <p>Semantics. A customer enters at their earliest event matching step 0 whose {@code occurred_at}
 * is in {@code [from, to)}; they have until {@code window} after entering (the deadline) to finish,
 * so later steps may fall after {@code to}. Required steps form the backbone: a customer reaches
 * required step k at their earliest event matching it strictly after the time they reached the
 * previous required step, and no later than the deadline. An optional step (never the first or
 * the last) is done at the customer's earliest matching event strictly after the last step they
 * reached before it (the previous required step, or an optional step done in between) and
 * strictly before they reached the next required step (or by the deadline if they never did).
 * Skipping an optional step therefore never changes whether or when a customer reaches the
 * required steps. A step's gap is measured from the last step the customer reached before it; the
 * median of those gaps, in seconds, is reported per step.
 */
@Component
public class InteractionFunnels {
    /** The most steps one funnel may have: each adds a join, so the query stays bounded. */
    public static final int MAX_STEPS = 20;
    /** The most property conditions one step may have. */
    public static final int MAX_PROPERTIES = 5;
    /** A breakdown shows at most this many groups; customers of smaller groups are counted together as "other". */
    public static final int MAX_GROUPS = 10;
    /** Rows read from the store at a time when dropped customers are streamed. */
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    InteractionFunnels(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * A condition on a top-level field of an event's {@code properties}: equal to {@code value}, a
     * {@link String}, a {@link BigDecimal} (any JSON number of the same value) or a {@link Boolean}.
     */
    public record PropertyMatch(String name, Object value) {
        public PropertyMatch {
            Objects.requireNonNull(name, "name");
            if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean)) {
                throw new IllegalArgumentException("a property value is a String, BigDecimal or Boolean");
            }
        }
    }

    /**
     * What an event must match to count for a step: null parts match anything, every property
     * condition must hold, and at least one part is set. An optional step may be skipped.
     */
    public record StepMatch(String type, String channel, String touchpoint, List<PropertyMatch> properties, boolean optional) {
        public StepMatch {
            properties = properties == null ? List.of() : List.copyOf(properties);
            if (type == null && channel == null && touchpoint == null && properties.isEmpty()) {
                throw new IllegalArgumentException("a step needs a type, channel, touchpoint or property");
            }
            if (properties.size() > MAX_PROPERTIES) {
                throw new IllegalArgumentException("a step has at most " + MAX_PROPERTIES + " property conditions");
            }
        }

        /** A required step without property conditions. */
        public StepMatch(String type, String channel, String touchpoint) {
            this(type, channel, touchpoint, List.of(), false);
        }
    }

    /** A funnel: 2 to {@link #MAX_STEPS} steps (the first and last required), the window, and the entry period [from, to). */
    public record Funnel(List<StepMatch> steps, Duration window, Instant from, Instant to) {
        public Funnel {
            steps = List.copyOf(steps);
            if (steps.size() < 2 || steps.size() > MAX_STEPS) {
                throw new IllegalArgumentException("a funnel has 2 to " + MAX_STEPS + " steps");
            }
            if (steps.get(0).optional() || steps.get(steps.size() - 1).optional()) {
                throw new IllegalArgumentException("the first and last steps are required");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window must be positive");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
        }
    }

    /**
     * How entrants are grouped: by the channel of their entry event, or by a relation of the
     * customers module (segments, an attribute), where a customer may fall in several groups or
     * in none (value null).
     */
    public record Grouping(CustomerRelation relation) {
        public static Grouping entryChannel() {
            return new Grouping(null);
        }

        public static Grouping by(CustomerRelation relation) {
            return new Grouping(Objects.requireNonNull(relation, "relation"));
        }

        boolean byEntryChannel() {
            return relation == null;
        }
    }

    /**
     * One group of a grouping: a value (null: customers without one), or, when {@code other}, the
     * customers of every group beyond the {@link #MAX_GROUPS} largest.
     */
    public record Group(String value, boolean other) {
        public static final Group OTHER = new Group(null, true);
    }

    /**
     * One step's outcome: how many customers reached it and the median seconds from the last step
     * they reached before it (null for step 0 and when nobody reached it).
     */
    public record StepReach(int index, long customers, Double medianSecondsFromPrevious) {
    }

    /** One group's steps, in step order. */
    public record GroupReach(Group group, List<StepReach> steps) {
    }

    /** Every step overall, and per group when a grouping was asked for (largest groups first, "other" last). */
    public record FunnelReach(List<StepReach> steps, List<GroupReach> groups) {
    }

    /**
     * A customer who reached {@code previousStep} (the last required step before the step asked
     * about) at {@code reachedPreviousAt} but not the step; with their latest stored event of any
     * kind and time (null parts if they have none).
     */
    public record DroppedCustomer(long customerId, int previousStep, Instant reachedPreviousAt, Instant lastEventAt,
                                  String lastEventType, String lastEventChannel) {
    }

    /** Per-step reach, in step order, for required steps without properties (see {@link #reach(Funnel, Grouping)}). */
    public List<StepReach> reach(List<StepMatch> steps, Duration window, Instant from, Instant to) {
        return reach(new Funnel(steps, window, from, to), null).steps();
    }

    /** Per-step reach overall and, unless {@code grouping} is null, per group. One query. */
    public FunnelReach reach(Funnel funnel, Grouping grouping) {
        FunnelSql sql = new FunnelSql(dialect, funnel);
        Map<Integer, StepReach> overall = new LinkedHashMap<>();
        Map<Group, Map<Integer, StepReach>> byGroup = new LinkedHashMap<>();
        String query = sql.reach(grouping);
        analytic(() -> jdbc.sql(query).params(sql.params()).query(rs -> {
            int step = rs.getInt("step");
            // getObject, not getDouble: the DuckDB driver answers NaN for a NULL double.
            Object median = rs.getObject("median_seconds");
            Double seconds = median instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : null;
            StepReach reach = new StepReach(step, rs.getLong("customers"), seconds);
            if (rs.getInt("grouped") == 0) {
                overall.put(step, reach);
            } else {
                Group group = rs.getInt("grp_other") == 1 ? Group.OTHER : new Group(rs.getString("grp_value"), false);
                byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(step, reach);
            }
        }));
        List<GroupReach> groups = new ArrayList<>();
        byGroup.forEach((group, steps) -> groups.add(new GroupReach(group, complete(steps, funnel.steps().size()))));
        groups.sort(Comparator.comparing((GroupReach g) -> g.group().other())
                .thenComparing(g -> -g.steps().get(0).customers())
                .thenComparing(g -> g.group().value() == null ? "\uffff" : g.group().value()));
        return new FunnelReach(complete(overall, funnel.steps().size()), grouping == null ? null : groups);
    }

    /** Steps nobody in a group reached have no row: they count 0 with no median. */
    private static List<StepReach> complete(Map<Integer, StepReach> rows, int steps) {
        List<StepReach> all = new ArrayList<>(steps);
        for (int k = 0; k < steps; k++) {
            StepReach row = rows.get(k);
            all.add(row == null ? new StepReach(k, 0, null) : row);
        }
        return all;
    }

    /**
     * One page of the customers who dropped out at {@code step} (1 to n-1), by customer id after
     * {@code afterCustomerId} (exclusive), at most {@code limit}; only those of {@code group} of
     * {@code grouping} when both are given.
     */
    public List<DroppedCustomer> dropped(Funnel funnel, int step, Grouping grouping, Group group, long afterCustomerId, int limit) {
        FunnelSql sql = new FunnelSql(dialect, funnel);
        String query = sql.dropped(step, grouping, group, afterCustomerId, limit);
        List<DroppedCustomer> page = new ArrayList<>();
        analytic(() -> page.addAll(jdbc.sql(query).params(sql.params()).query((rs, n) -> dropped(rs, sql.previousRequired(step))).list()));
        return page;
    }

    /**
     * Every customer who dropped out at {@code step}, in customer id order, handed over one by one
     * as the store streams them (for exports of any size).
     */
    public void forEachDropped(Funnel funnel, int step, Grouping grouping, Group group, Consumer<DroppedCustomer> consumer) {
        FunnelSql sql = new FunnelSql(dialect, funnel);
        String query = sql.dropped(step, grouping, group, null, null);
        // PostgreSQL's driver streams rows by the fetch size only inside a transaction.
        analytic(() -> jdbc.sql(query).withFetchSize(FETCH_SIZE).params(sql.params())
                .query(rs -> {
                    consumer.accept(dropped(rs, sql.previousRequired(step)));
                }));
    }

    /** Runs {@code work} in a read-only transaction, after the store's settings for analytic queries. */
    private void analytic(Runnable work) {
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            work.run();
        });
    }

    private static DroppedCustomer dropped(java.sql.ResultSet rs, int previousStep) throws java.sql.SQLException {
        return new DroppedCustomer(rs.getLong("customer_id"), previousStep,
                UtcTimes.fromDb(rs.getObject("reached_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("last_at", LocalDateTime.class)), rs.getString("last_type"), rs.getString("last_channel"));
    }
}
