package org.hamsafar.analytics.jobs;

import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small analysis for the job runner's tests (on the test classpath only): sums 1..n, reporting
 * progress, fails with an {@link AnalysisFailure} when asked, and optionally scores customers.
 */
@Component
class SumAnalysis implements Analysis {
    private final CustomerScores scores;

    SumAnalysis(CustomerScores scores) {
        this.scores = scores;
    }

    @Override
    public String kind() {
        return "test-sum";
    }

    @Override
    public String modelVersion() {
        return "sum-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        ObjectNode checked = JsonNodeFactory.instance.objectNode();
        JsonNode n = parameters.get("n");
        if (n != null && (!n.isInt() || n.asInt() < 1 || n.asInt() > 1_000_000)) {
            throw InvalidInputException.of("parameters.n", "must be a whole number from 1 to 1000000");
        }
        checked.put("n", n == null ? 10 : n.asInt());
        checked.put("fail", parameters.path("fail").asBoolean(false));
        checked.put("scoreCustomer", parameters.path("scoreCustomer").asLong(0));
        return checked;
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        if (parameters.get("fail").asBoolean()) {
            throw new AnalysisFailure("too little data: at least 2 customers are needed, found 1");
        }
        long sum = 0;
        int n = parameters.get("n").asInt();
        for (int i = 1; i <= n; i++) {
            sum += i;
            progress.report((double) i / n, "adding");
        }
        long customer = parameters.get("scoreCustomer").asLong();
        if (customer > 0) {
            scores.replace(kind(), 0, java.util.List.of(new CustomerScore(customer, (double) sum, "summed",
                    JsonNodeFactory.instance.objectNode().put("n", n))));
        }
        return new AnalysisOutcome(JsonNodeFactory.instance.objectNode().put("sum", sum), null, null);
    }
}
