package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link FeedbackPlace}'s rule, for queries of any module over rows that carry a
 * response's {@code survey_id}, {@code touchpoint} and {@code channel} ({@code survey_answer},
 * {@code survey_response}, the text module's {@code text_result}), written once here so that the
 * feedback, its texts and the cases opened from it are attributed alike. The same text runs on
 * DuckDB and PostgreSQL.
 */
public final class FeedbackPlaces {
    private FeedbackPlaces() {
    }

    /**
     * A relation (scope INTEGER, touchpoint VARCHAR, survey_id BIGINT) of the places of each scope
     * (a scope is the index into {@code scopes}) that collect feedback, for a WITH clause; values are
     * bound as parameters named {@code prefix...}. Null when no place collects feedback.
     */
    public static String relation(List<List<FeedbackPlace>> scopes, String prefix, Map<String, Object> params) {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < scopes.size(); s++) {
            for (FeedbackPlace place : scopes.get(s)) {
                if (!place.collectsFeedback()) {
                    continue;
                }
                int i = rows.size();
                String touchpoint = "CAST(NULL AS VARCHAR(64))";
                if (place.touchpoint() != null) {
                    touchpoint = "CAST(:" + prefix + "t" + i + " AS VARCHAR(64))";
                    params.put(prefix + "t" + i, place.touchpoint());
                }
                String survey = "CAST(NULL AS BIGINT)";
                if (place.surveyId() != null) {
                    survey = "CAST(:" + prefix + "s" + i + " AS BIGINT)";
                    params.put(prefix + "s" + i, place.surveyId());
                }
                rows.add("SELECT " + s + " AS scope, " + touchpoint + " AS touchpoint, " + survey + " AS survey_id");
            }
        }
        return rows.isEmpty() ? null : String.join(" UNION ALL ", rows);
    }

    /**
     * The join conditions between a row aliased {@code row} and the place relation aliased
     * {@code place}: one per way of matching, each an equality join the stores can hash. A query
     * joins once per condition and unites the results (UNION, so that a row matching two places of
     * one scope counts once).
     */
    public static List<String> joinConditions(String row, String place) {
        return List.of(
                row + ".touchpoint = " + place + ".touchpoint AND (" + place + ".survey_id IS NULL OR " + row + ".survey_id = "
                        + place + ".survey_id)",
                place + ".touchpoint IS NULL AND " + row + ".survey_id = " + place + ".survey_id");
    }
}
