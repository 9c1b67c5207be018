package org.hamsafar.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PurchaseParametersTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void typesDefaultToPurchaseAndCountOnce() {
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(PurchaseParameters.purchaseTypes(json("{}"), 10, problems)).containsExactly("purchase");
        assertThat(PurchaseParameters.purchaseTypes(json("{\"purchaseTypes\": [\"order\", \"renewal\", \"order\"]}"), 10, problems))
                .containsExactly("order", "renewal");
        assertThat(problems).isEmpty();
    }

    @Test
    void badTypesAndTimesAreNamed() {
        List<FieldProblem> problems = new ArrayList<>();

        PurchaseParameters.purchaseTypes(json("{\"purchaseTypes\": [\"order\", \"Big Order\"]}"), 10, problems);
        PurchaseParameters.purchaseTypes(json("{\"purchaseTypes\": [\"a\", \"b\", \"c\"]}"), 2, problems);
        PurchaseParameters.asOf(json("{\"asOf\": \"2026-07-01T00:00:00Z\"}"), NOW, problems);
        assertThat(PurchaseParameters.asOf(json("{\"asOf\": \"yesterday\"}"), NOW, problems)).isNull();

        assertThat(problems).extracting(FieldProblem::field).containsExactly("parameters.purchaseTypes[1]", "parameters.purchaseTypes",
                "parameters.asOf", "parameters.asOf");
        assertThat(problems.get(2).message()).isEqualTo("must not be in the future");
        assertThat(PurchaseParameters.asOf(json("{\"asOf\": \"2026-05-01T00:00:00+03:30\"}"), NOW, new ArrayList<>()))
                .isEqualTo(Instant.parse("2026-04-30T20:30:00Z"));
    }
}
