package org.hamsafar.analytics.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.CustomerFactsSource;
import org.hamsafar.customers.ErasureMode;
import org.springframework.stereotype.Component;

/**
 * Model scores as customer data: shown among a customer's facts ({@code predictions}), exported with
 * the rest of their data, and erased with it. A score describes the profile as it was when the
 * model ran, so a merge or an undone merge forgets the scores of the profiles involved rather than
 * moving them: the next run of each model scores the profiles as they are now.
 */
@Component
class ScoreCustomerData implements CustomerDataHolder, CustomerFactsSource {
    private final CustomerScores scores;

    ScoreCustomerData(CustomerScores scores) {
        this.scores = scores;
    }

    @Override
    public String name() {
        return "predictions";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        scores.forget(List.of(mergedId, survivorId));
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        scores.forget(List.of(survivorId, restoredId));
    }

    @Override
    public Object exportFor(long customerId) {
        return rows(customerId);
    }

    /** Both modes remove the scores: a prediction about a person is personal data, and aggregates do not read it. */
    @Override
    public void erase(long customerId, ErasureMode mode) {
        scores.forget(List.of(customerId));
    }

    @Override
    public Map<String, Object> factsOf(long customerId) {
        List<Map<String, Object>> rows = rows(customerId);
        return rows.isEmpty() ? Map.of() : Map.of("predictions", rows);
    }

    private List<Map<String, Object>> rows(long customerId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KindScore score : scores.of(customerId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", score.kind());
            row.put("score", score.score());
            row.put("label", score.label());
            row.put("detail", score.detail());
            row.put("jobId", score.jobId());
            rows.add(row);
        }
        return rows;
    }
}
