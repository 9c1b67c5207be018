package org.hamsafar.journeys.funnels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationPartsTest {

    private static String text(Double seconds) {
        StringBuilder out = new StringBuilder();
        DurationParts.of(seconds).forEach(p -> out.append(out.isEmpty() ? "" : " ").append(p.amount()).append(' ').append(p.unit()));
        return out.toString();
    }

    @Test
    void theLargestUnitAndTheNextRoundedToIt() {
        assertThat(text(88_200.0)).isEqualTo("1 d 1 h");
        assertThat(text(3_725.0)).isEqualTo("1 h 2 min");
        assertThat(text(90.0)).isEqualTo("1 min 30 s");
        assertThat(text(42.6)).isEqualTo("43 s");
        assertThat(text(600.0)).isEqualTo("10 min");
        assertThat(text(172_800.0)).isEqualTo("2 d");
        assertThat(text(0.2)).isEqualTo("0 s");
    }

    @Test
    void nothingForNoMedian() {
        assertThat(DurationParts.of(null)).isEmpty();
        assertThat(DurationParts.of(Double.NaN)).isEmpty();
    }
}
