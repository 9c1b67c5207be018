package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MetricQueryParamsTest {
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    private static MetricQueryParams.Raw raw(String from, String to, String zone) {
        return new MetricQueryParams.Raw(from, to, null, null, null, null, null, null, zone);
    }

    @Test
    void aDateIsLocalMidnightInTheZone() {
        MetricQuery query = MetricQueryParams.read(raw("2025-09-23", "2025-10-23", null), TEHRAN, NOW);

        assertThat(query.from()).isEqualTo(Instant.parse("2025-09-22T20:30:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2025-10-22T20:30:00Z"));
        assertThat(query.firstDay()).hasToString("2025-09-23");
        assertThat(query.lastDay()).hasToString("2025-10-22");
    }

    @Test
    void aDateTimeKeepsItsOffsetAndAnUnencodedPlusIsRead() {
        MetricQuery query = MetricQueryParams.read(raw("2026-01-01T08:00:00 03:30", "2026-01-02T00:00:00Z", "UTC"), TEHRAN, NOW);

        assertThat(query.from()).isEqualTo(Instant.parse("2026-01-01T04:30:00Z"));
        assertThat(query.zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void theDefaultRangeIsTheNinetyDaysUpToNow() {
        MetricQuery query = MetricQueryParams.read(raw(null, null, null), TEHRAN, NOW);

        assertThat(query.to()).isEqualTo(NOW);
        assertThat(query.from()).isEqualTo(Instant.parse("2025-10-12T12:00:00Z"));
        assertThat(query.interval()).isEqualTo(MetricInterval.DAY);
        assertThat(query.calendar()).isEqualTo(MetricCalendar.GREGORIAN);
    }

    @Test
    void everyBadParameterIsNamed() {
        MetricQueryParams.Raw bad = new MetricQueryParams.Raw("2025-13-01", "yesterday", "hour", "hijri", null, null, null, null, "Mars/Base");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> MetricQueryParams.read(bad, TEHRAN, NOW));

        assertThat(e.errors()).extracting(FieldProblem::field).containsExactlyInAnyOrder("zone", "interval", "calendar", "to", "from");
    }

    @Test
    void fromMustBeBeforeToAndAtMostFiveYearsEarlier() {
        InvalidInputException reversed = catchThrowableOfType(InvalidInputException.class,
                () -> MetricQueryParams.read(raw("2026-01-02", "2026-01-01", null), TEHRAN, NOW));
        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> MetricQueryParams.read(raw("2020-01-01", "2025-01-02", null), TEHRAN, NOW));

        assertThat(reversed.errors()).extracting(FieldProblem::field).containsExactly("from");
        assertThat(tooLong.errors()).extracting(FieldProblem::field).containsExactly("from");
        assertThat(MetricQueryParams.read(raw("2020-01-01", "2025-01-01", null), TEHRAN, NOW).to())
                .isEqualTo(Instant.parse("2024-12-31T20:30:00Z"));
    }
}
