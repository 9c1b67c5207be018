package org.hamsafar.feedback;

import org.hamsafar.shared.time.OffsetPiece;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a range is cut where its zone changes offset; the SQL itself is tested in {@link MetricsApiTest}. */
class MetricsQueriesTest {

    @Test
    void aRangeWithoutTransitionsIsOnePiece() {
        // Iran has kept +03:30 all year since 2022.
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-01-01T00:00:00Z");

        List<OffsetPiece> pieces = OffsetPiece.of(from, to, ZoneId.of("Asia/Tehran"));

        assertThat(pieces).containsExactly(new OffsetPiece(from, to, ZoneOffset.ofHoursMinutes(3, 30)));
    }

    @Test
    void daylightSavingCutsTheRangeAtEachTransition() {
        // In 2021 Tehran moved to +04:30 at 2021-03-22T00:00 local (03-21T20:30Z) and back at
        // 2021-09-22T00:00 local +04:30 (09-21T19:30Z).
        Instant from = Instant.parse("2021-01-01T00:00:00Z");
        Instant to = Instant.parse("2022-01-01T00:00:00Z");
        Instant spring = Instant.parse("2021-03-21T20:30:00Z");
        Instant autumn = Instant.parse("2021-09-21T19:30:00Z");

        List<OffsetPiece> pieces = OffsetPiece.of(from, to, ZoneId.of("Asia/Tehran"));

        assertThat(pieces).containsExactly(
                new OffsetPiece(from, spring, ZoneOffset.ofHoursMinutes(3, 30)),
                new OffsetPiece(spring, autumn, ZoneOffset.ofHoursMinutes(4, 30)),
                new OffsetPiece(autumn, to, ZoneOffset.ofHoursMinutes(3, 30)));
    }

    @Test
    void aFixedOffsetZoneIsOnePiece() {
        Instant from = Instant.parse("2021-01-01T00:00:00Z");
        Instant to = Instant.parse("2022-01-01T00:00:00Z");

        assertThat(OffsetPiece.of(from, to, ZoneOffset.UTC)).hasSize(1);
    }
}
