package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FunnelFormTest {

    private static Map<String, String> params(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    @Test
    void emptyRowsAreSkippedAndPropertyValuesAreTyped() {
        FunnelForm form = FunnelForm.of(params("type0", "visit", "type2", "buy", "optional1", "on",
                "pk2_0", "items", "pv2_0", "۳", "pk2_1", "gift", "pv2_1", "true", "pk2_2", "code", "pv2_2", "\"42\"",
                "by", "segment", "segments", "vip، new  old"));

        JsonNode body = form.body("2026-01-01T00:00:00Z", null);

        assertThat(body.get("steps").size()).isEqualTo(2);
        assertThat(body.get("steps").get(1).get("type").asString()).isEqualTo("buy");
        JsonNode properties = body.get("steps").get(1).get("properties");
        assertThat(properties.get("items").isNumber()).isTrue();
        assertThat(properties.get("items").asInt()).isEqualTo(3);
        assertThat(properties.get("gift").isBoolean()).isTrue();
        assertThat(properties.get("code").asString()).isEqualTo("42");
        assertThat(body.get("breakdown").get("segments").toString()).isEqualTo("[\"vip\",\"new\",\"old\"]");
        assertThat(body.get("from").asString()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(body.has("to")).isFalse();
        assertThat(form.rowOf(1)).isEqualTo(2);
    }

    @Test
    void theApisProblemsLandOnTheFieldsOfTheRowsTheyCameFrom() {
        FunnelForm form = FunnelForm.of(params("type0", "visit", "type2", "Buy", "pk2_0", "Plan", "pv2_0", "x", "pk2_1", "size", "pv2_1", "1"));
        form.body(null, null);

        form.place(List.of(new FieldProblem("steps[1].type", "must be a key"), new FieldProblem("steps[1].properties.Plan", "bad"),
                new FieldProblem("steps[1].properties.size", "bad"), new FieldProblem("breakdown.segments[0]", "bad"),
                new FieldProblem("window", "bad")));

        assertThat(form.errors().keySet()).containsExactly("type2", "pk2_0", "pv2_1", "segments", "window");
    }

    @Test
    void theQueryStringKeepsOnlyFilledFieldsAndTheRemoveButtonShiftsRows() {
        FunnelForm form = FunnelForm.of(params("type0", "a", "type1", "b & c", "type2", "d", "window", "7d", "remove", "0", "rows", "3"));

        assertThat(form.rows()).hasSize(2);
        assertThat(form.rows().get(0).type()).isEqualTo("b & c");
        assertThat(form.query()).isEqualTo("type0=b+%26+c&type1=d&window=7d");
    }
}
