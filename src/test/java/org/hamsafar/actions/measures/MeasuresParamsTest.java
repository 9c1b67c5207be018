package org.hamsafar.actions.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MeasuresParamsTest {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Instant NOW = Instant.parse("2026-05-06T08:00:00Z");

    private static MeasuresScope read(String from, String to, String days, String team) {
        return read(from, to, days, team, null);
    }

    private static MeasuresScope read(String from, String to, String days, String team, String segment) {
        return MeasuresParams.read(new MeasuresParams.Raw(from, to, days, team, segment), TEHRAN, NOW);
    }

    @Test
    void theDefaultIsTheLast90DaysOfAllTeams() {
        assertThat(read(null, " ", "", null)).isEqualTo(new MeasuresScope(Instant.parse("2026-02-05T08:00:00Z"), NOW, null, null));
    }

    @Test
    void datesAreLocalMidnightsAndDateTimesKeepTheirOffset() {
        MeasuresScope scope = read("2026-03-21", "2026-04-01T10:00:00 03:30", null, "support");

        assertThat(scope.from()).isEqualTo(Instant.parse("2026-03-20T20:30:00Z"));
        assertThat(scope.to()).isEqualTo(Instant.parse("2026-04-01T06:30:00Z"));
        assertThat(scope.team()).isEqualTo("support");
        assertThat(scope.segment()).isNull();
        assertThat(read(null, null, null, null, " vip ").segment()).isEqualTo("vip");
    }

    @Test
    void daysCountBackFromTo() {
        assertThat(read(null, "2026-04-01T00:00:00Z", "۷", null).from()).isEqualTo(Instant.parse("2026-03-25T00:00:00Z"));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> read("2026-02-30", "soon", "9999", "Sales", "VIP customers"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().stream().map(FieldProblem::field).toList())
                .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("from", "to", "days", "team", "segment");
    }
}
