package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every kind of bad funnel question is a 422 problem naming the field, never a 500 or a half-read answer. */
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunnelValidationTest {
    private static final List<Map<String, Object>> TWO = List.of(Map.of("type", "a"), Map.of("type", "b"));
    @LocalServerPort
    int port;
    FunnelFixture f;

    @BeforeAll
    void start() {
        f = new FunnelFixture(port);
    }

    private List<String> query(Object body) {
        return f.badFields(FunnelFixture.QUERY, body);
    }

    private static Map<String, Object> withSteps(Object steps, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("steps", steps);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static List<Map<String, Object>> secondStep(Map<String, Object> second) {
        return List.of(Map.of("type", "a"), second, Map.of("type", "c"));
    }

    @Test
    void stepCountsAndTheWindow() {
        assertThat(query(withSteps(List.of()))).containsExactly("steps");
        assertThat(query(withSteps(List.of(Map.of("type", "a"))))).containsExactly("steps");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(Map.of("type", "s" + i));
        }
        assertThat(query(withSteps(many))).containsExactly("steps");
        assertThat(query(withSteps(TWO, "window", "0d"))).containsExactly("window");
        assertThat(query(withSteps(TWO, "window", "0m"))).containsExactly("window");
        assertThat(query(withSteps("view"))).containsExactly("steps");
    }

    @Test
    void propertyConditions() {
        assertThat(query(withSteps(secondStep(Map.of("type", "b", "properties", "plan=gold"))))).containsExactly("steps[1].properties");
        Map<String, Object> six = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            six.put("p" + i, i);
        }
        assertThat(query(withSteps(secondStep(Map.of("type", "b", "properties", six))))).containsExactly("steps[1].properties");
        assertThat(query(withSteps(secondStep(Map.of("type", "b", "properties", Map.of("Plan", "gold"))))))
                .containsExactly("steps[1].properties.Plan");
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("plan", null);
        assertThat(query(withSteps(secondStep(Map.of("properties", nullValue))))).containsExactly("steps[1].properties.plan");
        assertThat(query(withSteps(secondStep(Map.of("properties", Map.of("tags", List.of("a")))))))
                .containsExactly("steps[1].properties.tags");
        assertThat(query(withSteps(secondStep(Map.of("properties", Map.of("x", Map.of("y", 1)))))))
                .containsExactly("steps[1].properties.x");
        assertThat(query(withSteps(secondStep(Map.of("properties", Map.of("note", "x".repeat(501)))))))
                .containsExactly("steps[1].properties.note");
        assertThat(query(withSteps(secondStep(Map.of("properties", Map.of())))))
                .containsExactly("steps[1]");
    }

    @Test
    void optionalSteps() {
        assertThat(query(withSteps(secondStep(Map.of("type", "b", "optional", "yes"))))).containsExactly("steps[1].optional");
        assertThat(query(withSteps(List.of(Map.of("type", "a", "optional", true), Map.of("type", "b"), Map.of("type", "c")))))
                .containsExactly("steps[0].optional");
        assertThat(query(withSteps(List.of(Map.of("type", "a"), Map.of("type", "b"), Map.of("type", "c", "optional", true)))))
                .containsExactly("steps[2].optional");
        assertThat(query(withSteps(List.of(Map.of("type", "a"), Map.of("type", "b", "optional", true)))))
                .containsExactly("steps[1].optional");
    }

    @Test
    void breakdowns() {
        assertThat(query(withSteps(TWO, "breakdown", "channel"))).containsExactly("breakdown");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "city")))).containsExactly("breakdown.by");
        assertThat(query(withSteps(TWO, "breakdown", Map.of()))).containsExactly("breakdown.by");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "channel", "colour", "red")))).containsExactly("breakdown.colour");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "channel", "key", "city")))).containsExactly("breakdown.key");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "segment")))).containsExactly("breakdown.segments");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "segment", "segments", List.of()))))
                .containsExactly("breakdown.segments");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "segment", "segments", List.of("vip", "Not A Tag", "vip")))))
                .containsExactly("breakdown.segments[1]", "breakdown.segments[2]");
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("t" + i);
        }
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "segment", "segments", eleven)))).containsExactly("breakdown.segments");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "attribute", "key", "password")))).containsExactly("breakdown.key");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "attribute")))).containsExactly("breakdown.key");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "attribute", "key", "custom.x y")))).containsExactly("breakdown.key");
        assertThat(query(withSteps(TWO, "breakdown", Map.of("by", "attribute", "key", "city", "segments", List.of("vip")))))
                .containsExactly("breakdown.segments");
    }

    @Test
    void droppedListingFields() {
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO))).containsExactly("step");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 0))).containsExactly("step");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 2))).containsExactly("step");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", "1"))).containsExactly("step");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1.5))).containsExactly("step");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1, "limit", 0))).containsExactly("limit");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1, "limit", 1001))).containsExactly("limit");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1, "cursor", "!!"))).containsExactly("cursor");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1, "group", "web"))).containsExactly("group");
        assertThat(f.badFields(FunnelFixture.DROPPED, withSteps(TWO, "step", 1, "page", 2))).containsExactly("page");
        assertThat(f.badFields(FunnelFixture.DROPPED + "?format=xml", withSteps(TWO, "step", 1))).containsExactly("format");
        // the query endpoint takes no listing fields
        assertThat(query(withSteps(TWO, "step", 1))).containsExactly("step");
    }
}
