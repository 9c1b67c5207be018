package org.hamsafar.analytics.goals;

import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The re-measure step of the improvement loop as an analysis job: measures every running goal (due
 * date at most 30 days ago) and records the values. Scheduled weekly by
 * {@code hamsafar.analytics.schedule.goals}.
 */
@Component
class GoalMeasuring implements Analysis {
    private final CxGoals goals;

    GoalMeasuring(CxGoals goals) {
        this.goals = goals;
    }

    @Override
    public String kind() {
        return "goals";
    }

    @Override
    public String modelVersion() {
        return "goals-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        if (parameters.size() > 0) {
            throw InvalidInputException.of("parameters." + parameters.propertyNames().iterator().next(), "unknown parameter: goals takes none");
        }
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        progress.report(0, "measuring goals");
        int measured = goals.measureAll("analysis job");
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("measured", measured);
        return new AnalysisOutcome(result, null, null);
    }
}
