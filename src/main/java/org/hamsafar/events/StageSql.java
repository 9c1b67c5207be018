package org.hamsafar.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hamsafar.events.InteractionStages.MatchCount;
import org.hamsafar.events.InteractionStages.StageQuestion;
import org.hamsafar.shared.store.UtcTimes;

/**
 * Writes the one statement behind {@link InteractionStages}, the same text for DuckDB and
 * PostgreSQL. Values are bound parameters; the only numbers written into the text are the stage
 * and match numbers this class makes and the window as a microsecond interval literal.
 *
 * <p>The CTEs:
 * <ol>
 *   <li>{@code mt}: the distinct matches (match_no, channel, type, touchpoint; null parts match anything),
 *   and {@code st}: which stage holds which match;</li>
 *   <li>{@code ev}: every event of {@code [from, to + window)} with each match it meets, by a join on
 *   the channel (every match names one), so the events are read once whatever the number of matches;</li>
 *   <li>{@code sev}: the events of each stage (an event meeting two matches of one stage counts once);</li>
 *   <li>{@code fr}: each customer's first reach of each stage in {@code [from, to)};</li>
 *   <li>{@code nx}: the earliest next-stage event strictly after it and within the window;</li>
 *   <li>{@code ct}: each contact at a stage with the customer's next contact at that stage (LEAD).</li>
 * </ol>
 * The result rows are (kind, k, customers, amount, median_seconds): kind {@code stage} per stage
 * reached by anyone (amount: customers who reached the next stage), {@code match} per match met in the
 * period (amount: events), {@code repeat} per stage with a repeated contact (amount: repeated contacts).
 */
final class StageSql {
    private final StageQuestion question;
    private final Map<String, Object> params = new HashMap<>();
    /** The distinct matches, numbered in order of first appearance. */
    private final Map<EventMatch, Integer> numbers = new LinkedHashMap<>();
    private final List<List<Integer>> stageMatches = new ArrayList<>();

    StageSql(StageQuestion question) {
        this.question = question;
        for (List<EventMatch> stage : question.stages()) {
            List<Integer> own = new ArrayList<>();
            for (EventMatch match : stage) {
                own.add(numbers.computeIfAbsent(match, m -> numbers.size()));
            }
            stageMatches.add(List.copyOf(own));
        }
        params.put("s_from", UtcTimes.toDb(question.from()));
        params.put("s_to", UtcTimes.toDb(question.to()));
        params.put("s_last", UtcTimes.toDb(question.to().plus(question.window())));
    }

    int matchCount() {
        return numbers.size();
    }

    /** The match numbers of stage {@code k}, one per match given, in the order given. */
    List<Integer> matchesOf(int k) {
        return stageMatches.get(k);
    }

    Map<String, Object> params() {
        return params;
    }

    String statement() {
        String window = EventSql.interval(question.window(), 0);
        StringBuilder sql = new StringBuilder("WITH mt AS (");
        int i = 0;
        for (EventMatch match : numbers.keySet()) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS match_no, ")
                    .append(value(match.channel(), "c" + i, 16)).append(" AS channel, ")
                    .append(value(match.type(), "y" + i, 64)).append(" AS type, ")
                    .append(value(match.touchpoint(), "t" + i, 64)).append(" AS touchpoint");
            i++;
        }
        sql.append("), st AS (");
        boolean first = true;
        for (int k = 0; k < stageMatches.size(); k++) {
            for (int m : new TreeSet<>(stageMatches.get(k))) {
                sql.append(first ? "" : " UNION ALL ").append("SELECT ").append(k).append(" AS stage, ").append(m).append(" AS match_no");
                first = false;
            }
        }
        sql.append("), ev AS (SELECT e.id, e.customer_id, e.occurred_at, e.type, e.channel, m.match_no FROM interaction_event e")
                .append(" JOIN mt m ON e.channel = m.channel AND (m.type IS NULL OR e.type = m.type)")
                .append(" AND (m.touchpoint IS NULL OR e.touchpoint = m.touchpoint)")
                .append(" WHERE e.occurred_at >= :s_from AND e.occurred_at < :s_last");
        if (question.customers() != null) {
            sql.append(" AND e.customer_id IN (SELECT r.customer_id FROM (").append(question.customers().sql()).append(") r)");
            params.putAll(question.customers().params());
        }
        sql.append("), sev AS (SELECT DISTINCT s.stage, v.id, v.customer_id, v.occurred_at, v.type, v.channel FROM ev v")
                .append(" JOIN st s ON s.match_no = v.match_no)")
                .append(", fr AS (SELECT stage, customer_id, MIN(occurred_at) AS t FROM sev WHERE occurred_at < :s_to")
                .append(" GROUP BY stage, customer_id)")
                .append(", nx AS (SELECT f.stage, f.customer_id, f.t, MIN(n.occurred_at) AS next_t FROM fr f LEFT JOIN sev n")
                .append(" ON n.customer_id = f.customer_id AND n.stage = f.stage + 1 AND n.occurred_at > f.t")
                .append(" AND n.occurred_at <= f.t + ").append(window).append(" GROUP BY f.stage, f.customer_id, f.t)");
        String contact = contactCondition();
        if (contact != null) {
            sql.append(", ct AS (SELECT stage, customer_id, occurred_at, LEAD(occurred_at) OVER")
                    .append(" (PARTITION BY stage, customer_id ORDER BY occurred_at, id) AS next_at FROM sev WHERE ").append(contact).append(")");
        }
        sql.append(" SELECT 'stage' AS kind, stage AS k, COUNT(*) AS customers, COUNT(next_t) AS amount,")
                .append(" percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(EXTRACT(EPOCH FROM (next_t - t)) AS DOUBLE PRECISION))")
                .append(" AS median_seconds FROM nx GROUP BY stage")
                .append(" UNION ALL SELECT 'match', match_no, COUNT(DISTINCT customer_id), COUNT(*), CAST(NULL AS DOUBLE PRECISION)")
                .append(" FROM ev WHERE occurred_at < :s_to GROUP BY match_no");
        if (contact != null) {
            sql.append(" UNION ALL SELECT 'repeat', stage, COUNT(DISTINCT customer_id), COUNT(*), CAST(NULL AS DOUBLE PRECISION)")
                    .append(" FROM ct WHERE occurred_at < :s_to AND next_at <= occurred_at + ").append(window).append(" GROUP BY stage");
        }
        return sql.toString();
    }

    /** A typed constant: the bound value, or a typed NULL (both stores then agree on the column's type). */
    private String value(String value, String name, int length) {
        if (value == null) {
            return "CAST(NULL AS VARCHAR(" + length + "))";
        }
        params.put("s_" + name, value);
        return "CAST(:s_" + name + " AS VARCHAR(" + length + "))";
    }

    /** The condition on a stage event of being a contact, or null when nothing is. */
    private String contactCondition() {
        List<String> terms = new ArrayList<>();
        if (!question.contacts().channels().isEmpty()) {
            terms.add("channel IN (:s_contact_channels)");
            params.put("s_contact_channels", new ArrayList<>(new TreeSet<>(question.contacts().channels())));
        }
        if (!question.contacts().types().isEmpty()) {
            terms.add("type IN (:s_contact_types)");
            params.put("s_contact_types", new ArrayList<>(new TreeSet<>(question.contacts().types())));
        }
        return terms.isEmpty() ? null : "(" + String.join(" OR ", terms) + ")";
    }

    /** The result rows, by kind and number. */
    static final class Rows {
        private final long[] customers;
        private final long[] next;
        private final Double[] median;
        private final long[] repeats;
        private final MatchCount[] matches;

        Rows(int stages, int matchCount) {
            customers = new long[stages];
            next = new long[stages];
            median = new Double[stages];
            repeats = new long[stages];
            matches = new MatchCount[matchCount];
        }

        void add(String kind, int k, long count, long amount, Double seconds) {
            switch (kind) {
                case "stage" -> {
                    customers[k] = count;
                    next[k] = amount;
                    median[k] = amount == 0 ? null : seconds;
                }
                case "match" -> matches[k] = new MatchCount(count, amount);
                case "repeat" -> repeats[k] = count;
                default -> throw new IllegalStateException("unknown row kind " + kind);
            }
        }

        long customers(int k) {
            return customers[k];
        }

        long next(int k) {
            return next[k];
        }

        Double median(int k) {
            return median[k];
        }

        long repeats(int k) {
            return repeats[k];
        }

        MatchCount match(int m) {
            return matches[m] == null ? new MatchCount(0, 0) : matches[m];
        }
    }
}
