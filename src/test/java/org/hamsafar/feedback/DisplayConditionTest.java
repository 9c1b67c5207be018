package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayConditionTest {

    @Test
    void comparesNumbers() {
        assertThat(new DisplayCondition("nps", "<=", 6).holds(Map.of("nps", 6))).isTrue();
        assertThat(new DisplayCondition("nps", "<=", 6).holds(Map.of("nps", 7))).isFalse();
        assertThat(new DisplayCondition("nps", ">", 8).holds(Map.of("nps", 9))).isTrue();
        assertThat(new DisplayCondition("nps", "=", 10).holds(Map.of("nps", 10))).isTrue();
        assertThat(new DisplayCondition("nps", "in", List.of(0, 1, 2)).holds(Map.of("nps", 1))).isTrue();
    }

    @Test
    void anUnansweredQuestionOnlyMeetsNotEqual() {
        assertThat(new DisplayCondition("nps", "<=", 6).holds(Map.of())).isFalse();
        assertThat(new DisplayCondition("nps", "!=", 6).holds(Map.of())).isTrue();
        assertThat(new DisplayCondition("nps", "answered", null).holds(Map.of())).isFalse();
        assertThat(new DisplayCondition("nps", "answered", null).holds(Map.of("nps", 0))).isTrue();
    }

    @Test
    void choicesAndYesNo() {
        assertThat(new DisplayCondition("topic", "=", "price").holds(Map.of("topic", "price"))).isTrue();
        assertThat(new DisplayCondition("topics", "!=", "price").holds(Map.of("topics", List.of("delivery", "price")))).isFalse();
        assertThat(new DisplayCondition("topics", "in", List.of("app", "price")).holds(Map.of("topics", List.of("price")))).isTrue();
        assertThat(new DisplayCondition("resolved", "=", false).holds(Map.of("resolved", false))).isTrue();
        assertThat(new DisplayCondition("resolved", "=", false).holds(Map.of("resolved", true))).isFalse();
    }
}
