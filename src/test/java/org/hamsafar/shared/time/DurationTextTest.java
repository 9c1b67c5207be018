package org.hamsafar.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsTheShortFormsAndIso8601() {
        assertThat(DurationText.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(DurationText.parse(" 7d ")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationText.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationText.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void answersNullForAnythingElse() {
        assertThat(DurationText.parse("a week")).isNull();
        assertThat(DurationText.parse("7w")).isNull();
        assertThat(DurationText.parse("P1M")).isNull();
        assertThat(DurationText.parse("")).isNull();
        assertThat(DurationText.parse(null)).isNull();
        assertThat(DurationText.parse("PT9999999999999999999H")).isNull();
    }
}
