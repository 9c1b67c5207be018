package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.customers.CustomerDataHolder;
import org.hamsafar.customers.CustomerFactsSource;
import org.hamsafar.customers.ErasureMode;
import org.hamsafar.customers.TimelineEntry;
import org.hamsafar.customers.TimelineSource;
import org.hamsafar.customers.TimelineWindow;
import org.springframework.stereotype.Component;

/**
 * Survey responses as part of the customer 360: on the timeline, in the profile's facts (last NPS,
 * CSAT, CES), following the customer through merges, exported and erased with them.
 */
@Component
class ResponseCustomerData implements CustomerDataHolder, CustomerFactsSource, TimelineSource {
    private final ResponseRepository responses;
    private final SurveyCatalog surveys;

    ResponseCustomerData(ResponseRepository responses, SurveyCatalog surveys) {
        this.responses = responses;
        this.surveys = surveys;
    }

    @Override
    public String name() {
        return "response";
    }

    @Override
    public void moveToSurvivor(long mergedId, long survivorId) {
        responses.moveAll(mergedId, survivorId);
    }

    @Override
    public void takeBack(long survivorId, long restoredId, Set<String> sourceIdentities) {
        responses.moveBySource(survivorId, restoredId, sourceIdentities);
    }

    @Override
    public Object exportFor(long customerId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredResponse r : responses.allOf(customerId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("surveyId", r.surveyId());
            row.put("surveyVersion", r.surveyVersion());
            row.put("channel", r.channel());
            row.put("touchpoint", r.touchpoint());
            row.put("source", r.source());
            row.put("language", r.language());
            row.put("submittedAt", r.submittedAt());
            row.put("answers", r.answers());
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void erase(long customerId, ErasureMode mode) {
        if (mode == ErasureMode.DELETE) {
            responses.deleteAll(customerId);
        } else {
            responses.anonymise(customerId, surveys);
        }
    }

    @Override
    public Map<String, Object> factsOf(long customerId) {
        return responses.facts(customerId);
    }

    @Override
    public List<TimelineEntry> newestFirst(long customerId, TimelineWindow window) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Map<String, SurveyDefinition> versions = new HashMap<>();
        for (StoredResponse r : responses.newestFirst(customerId, window)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("surveyId", r.surveyId());
            String survey = names.computeIfAbsent(r.surveyId(), id -> surveys.find(id).map(Survey::name).orElse(null));
            if (survey != null) {
                details.put("survey", survey);
            }
            details.put("surveyVersion", r.surveyVersion());
            details.put("answers", r.answers());
            SurveyDefinition definition = versions.computeIfAbsent(r.surveyId() + ":" + r.surveyVersion(),
                    v -> surveys.version(r.surveyId(), r.surveyVersion()).orElse(null));
            String text = definition == null ? null : definition.questions().stream()
                    .filter(q -> q.type() == QuestionType.TEXT && r.answers().get(q.key()) instanceof String)
                    .map(q -> (String) r.answers().get(q.key()))
                    .findFirst().orElse(null);
            entries.add(new TimelineEntry(name(), r.id().toString(), r.submittedAt(), r.channel(), "survey_response",
                    r.touchpoint(), null, null, text, details));
        }
        return entries;
    }
}
