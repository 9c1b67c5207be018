package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsCalculatorTest {

    @Test
    void fiftyPromotersThirtyPassivesTwentyDetractors() {
        // n = 100, p = 0.5, d = 0.2: NPS = 100 * (0.5 - 0.2) = 30.
        // var = (p + d - (p - d)^2) / n = (0.7 - 0.09) / 100 = 0.0061; sqrt = 0.0781025
        // half width = 1.959964 * 100 * 0.0781025 = 15.30781 -> 14.69219 .. 45.30781
        Estimate nps = NpsCalculator.estimate(100, 50, 20);

        assertThat(nps.value()).isCloseTo(30.0, within(1e-9));
        assertThat(nps.ciLow()).isCloseTo(14.69219, within(1e-5));
        assertThat(nps.ciHigh()).isCloseTo(45.30781, within(1e-5));
    }

    @Test
    void theIntervalIsClippedToTheScale() {
        // n = 3, p = 2/3, d = 1/3: NPS = 33.333; var = (1 - 1/9) / 3 = 0.296296, sqrt = 0.544331
        // half width = 1.959964 * 100 * 0.544331 = 106.6869 -> -73.3536 .. 140.02, clipped to 100
        Estimate nps = NpsCalculator.estimate(3, 2, 1);

        assertThat(nps.value()).isCloseTo(33.3333, within(1e-4));
        assertThat(nps.ciLow()).isCloseTo(-73.3536, within(1e-4));
        assertThat(nps.ciHigh()).isEqualTo(100.0);
    }

    @Test
    void mostlyDetractorsClipAtMinusOneHundred() {
        // n = 4, p = 0.25, d = 0.5: NPS = -25; var = (0.75 - 0.0625) / 4 = 0.171875, sqrt = 0.414578
        // half width = 81.2558 -> -106.26 clipped to -100 .. 56.2558
        Estimate nps = NpsCalculator.estimate(4, 1, 2);

        assertThat(nps.value()).isCloseTo(-25.0, within(1e-9));
        assertThat(nps.ciLow()).isEqualTo(-100.0);
        assertThat(nps.ciHigh()).isCloseTo(56.2558, within(1e-4));
    }

    @Test
    void onlyPromotersGiveAZeroWidthInterval() {
        // p = 1, d = 0: var = (1 - 1) / 10 = 0
        Estimate nps = NpsCalculator.estimate(10, 10, 0);

        assertThat(nps.value()).isEqualTo(100.0);
        assertThat(nps.ciLow()).isEqualTo(100.0);
        assertThat(nps.ciHigh()).isEqualTo(100.0);
    }

    @Test
    void noAnswersGiveNoScore() {
        assertThat(NpsCalculator.estimate(0, 0, 0)).isEqualTo(Estimate.NONE);
    }

    @Test
    void theTallyCarriesTheGroupCounts() {
        MetricValue value = MetricValue.of(Metric.NPS, new MetricTally(100, 50, 20, 0, 0));

        assertThat(value.promoters()).isEqualTo(50);
        assertThat(value.passives()).isEqualTo(30);
        assertThat(value.detractors()).isEqualTo(20);
        assertThat(value.value()).isCloseTo(30.0, within(1e-9));
    }

    @Test
    void oneAnswerHasAScoreButNoInterval() {
        Estimate one = NpsCalculator.estimate(1, 0, 0);
        assertThat(one.value()).isEqualTo(0.0);
        assertThat(one.ciLow()).isNull();
        assertThat(one.ciHigh()).isNull();
    }
}
