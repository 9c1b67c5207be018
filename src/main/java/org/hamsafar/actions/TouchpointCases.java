package org.hamsafar.actions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.actions.sla.BreachedCases;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.feedback.FeedbackPlace;
import org.hamsafar.feedback.FeedbackPlaces;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts, in one statement, the cases opened about a customer in {@code [from, to)} that belong to
 * each scope (the touchpoints of a journey map's stage), with how many are still open and how many
 * breached an SLA target.
 *
 * <p>Attribution. Cases carry no channel or touchpoint of their own; they name what they were opened
 * from ({@code originRef}). A case belongs to a scope when
 * <ol>
 *   <li>it was opened from a survey response ({@code response:<id>}, or a comment of one,
 *   {@code text:survey_answer:<id>:<question>}) given at the feedback place of one of the scope's
 *   places, by the feedback module's rule ({@link FeedbackPlace});</li>
 *   <li>it was opened from an event ({@code event:<id>}, or its text, {@code text:event:<id>}) that
 *   matches one of the places (channel, and type and touchpoint when named);</li>
 *   <li>it names no such item (opened by hand, through the API without one, by a daily-metric rule or
 *   from a case note): it belongs where its customer last was before it was opened, the places of
 *   the customer's latest matching event at or before the case's creation and no more than
 *   {@code window} earlier (events at the same instant at several places count for each).</li>
 * </ol>
 * A case opened from an item that matches no place is not counted: it is about something else.
 * Cases of customers outside {@code customers} (when set) are not counted.
 */
@Service
public class TouchpointCases {
    private final JdbcClient jdbc;

    TouchpointCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One {@link PlaceCases} per scope, in the order given. */
    public List<PlaceCases> at(List<List<CasePlace>> scopes, Instant from, Instant to, Duration window, CustomerRelation customers) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive");
        }
        List<PlaceCases> result = new ArrayList<>();
        scopes.forEach(s -> result.add(PlaceCases.NONE));
        if (scopes.stream().allMatch(List::isEmpty)) {
            return result;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("tc_from", UtcTimes.toDb(from));
        params.put("tc_to", UtcTimes.toDb(to));
        params.put("tc_window", window.toSeconds());
        List<String> places = new ArrayList<>();
        List<List<FeedbackPlace>> feedbackScopes = new ArrayList<>();
        for (int s = 0; s < scopes.size(); s++) {
            List<FeedbackPlace> feedback = new ArrayList<>();
            for (CasePlace place : scopes.get(s)) {
                places.add(eventPlace(s, place, places.size(), params));
                if (place.feedback() != null) {
                    feedback.add(place.feedback());
                }
            }
            feedbackScopes.add(feedback);
        }
        StringBuilder sql = new StringBuilder("WITH ep AS (").append(String.join(" UNION ALL ", places)).append(")");
        sql.append(", c AS (SELECT id, customer_id, created_at,")
                .append(" CASE WHEN origin_ref LIKE 'response:%' THEN LOWER(SUBSTR(origin_ref, 10))")
                .append(" WHEN origin_ref LIKE 'text:survey_answer:%' THEN LOWER(SUBSTR(origin_ref, 20, 36)) END AS response_ref,")
                .append(" CASE WHEN origin_ref LIKE 'event:%' THEN LOWER(SUBSTR(origin_ref, 7))")
                .append(" WHEN origin_ref LIKE 'text:event:%' THEN LOWER(SUBSTR(origin_ref, 12)) END AS event_ref")
                .append(" FROM cx_case WHERE customer_id IS NOT NULL AND created_at >= :tc_from AND created_at < :tc_to");
        if (customers != null) {
            sql.append(" AND customer_id IN (SELECT r.customer_id FROM (").append(customers.sql()).append(") r)");
            params.putAll(customers.params());
        }
        sql.append(")");
        List<String> placed = new ArrayList<>();
        String feedbackPlaces = FeedbackPlaces.relation(feedbackScopes, "tcf_", params);
        if (feedbackPlaces != null) {
            sql.append(", fp AS (").append(feedbackPlaces).append(")");
            // Through survey_response's customer index: the case's customer gave the response (merges move both).
            for (String condition : FeedbackPlaces.joinConditions("r", "p")) {
                placed.add("SELECT p.scope, c.id FROM c JOIN survey_response r ON r.customer_id = c.customer_id"
                        + " AND CAST(r.id AS VARCHAR(36)) = c.response_ref JOIN fp p ON " + condition);
            }
        }
        String eventMatches = "e.channel = p.channel AND (p.type IS NULL OR e.type = p.type) AND (p.touchpoint IS NULL OR e.touchpoint = p.touchpoint)";
        placed.add("SELECT p.scope, c.id FROM c JOIN interaction_event e ON e.customer_id = c.customer_id"
                + " AND CAST(e.id AS VARCHAR(36)) = c.event_ref JOIN ep p ON " + eventMatches);
        placed.add("SELECT scope, id FROM (SELECT p.scope, c.id, RANK() OVER (PARTITION BY c.id ORDER BY e.occurred_at DESC) AS rk"
                + " FROM c JOIN interaction_event e ON e.customer_id = c.customer_id AND e.occurred_at <= c.created_at"
                + " AND e.occurred_at > c.created_at - CAST(:tc_window AS BIGINT) * INTERVAL '1 second'"
                + " JOIN ep p ON " + eventMatches + " WHERE c.response_ref IS NULL AND c.event_ref IS NULL) last_seen WHERE rk = 1");
        sql.append(", placed AS (").append(String.join(" UNION ", placed)).append(")")
                .append(" SELECT p.scope, COUNT(*) AS opened,")
                .append(" CAST(SUM(CASE WHEN k.state IN ('resolved', 'closed') THEN 0 ELSE 1 END) AS BIGINT) AS still_open,")
                .append(" CAST(SUM(CASE WHEN b.case_id IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS breached")
                .append(" FROM placed p JOIN cx_case k ON k.id = p.id LEFT JOIN (").append(BreachedCases.IDS).append(") b ON b.case_id = k.id")
                .append(" GROUP BY p.scope");
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            result.set(rs.getInt("scope"), new PlaceCases(rs.getLong("opened"), rs.getLong("still_open"), rs.getLong("breached")));
        });
        return result;
    }

    private static String eventPlace(int scope, CasePlace place, int i, Map<String, Object> params) {
        params.put("tc_c" + i, place.channel());
        String type = "CAST(NULL AS VARCHAR(64))";
        if (place.type() != null) {
            type = "CAST(:tc_y" + i + " AS VARCHAR(64))";
            params.put("tc_y" + i, place.type());
        }
        String touchpoint = "CAST(NULL AS VARCHAR(64))";
        if (place.touchpoint() != null) {
            touchpoint = "CAST(:tc_t" + i + " AS VARCHAR(64))";
            params.put("tc_t" + i, place.touchpoint());
        }
        return "SELECT " + scope + " AS scope, CAST(:tc_c" + i + " AS VARCHAR(16)) AS channel, " + type + " AS type, "
                + touchpoint + " AS touchpoint";
    }
}
