package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CesCalculatorTest {

    @Test
    void fiveAnswersGiveAStudentTInterval() {
        // answers 2, 4, 4, 5, 7: n = 5, sum = 22, sum of squares = 4 + 16 + 16 + 25 + 49 = 110
        // mean = 4.4; s^2 = (110 - 22^2 / 5) / 4 = (110 - 96.8) / 4 = 3.3; s = 1.816590
        // t(0.975, 4) = 2.776445 (tables: 2.776); s / sqrt(5) = 0.812404; half = 2.255595
        // -> 2.144405 .. 6.655595
        Estimate ces = CesCalculator.estimate(5, 22, 110);

        assertThat(ces.value()).isCloseTo(4.4, within(1e-12));
        assertThat(CesCalculator.sd(5, 22, 110)).isCloseTo(1.816590, within(1e-6));
        assertThat(ces.ciLow()).isCloseTo(2.144405, within(1e-6));
        assertThat(ces.ciHigh()).isCloseTo(6.655595, within(1e-6));
    }

    @Test
    void twoAnswersUseTheWideTQuantileOfOneDegreeOfFreedom() {
        // answers 3, 5: mean 4, s = sqrt(2) = 1.414214, s / sqrt(2) = 1; t(0.975, 1) = 12.706205
        Estimate ces = CesCalculator.estimate(2, 8, 34);

        assertThat(ces.ciLow()).isCloseTo(4 - 12.706205, within(1e-6));
        assertThat(ces.ciHigh()).isCloseTo(4 + 12.706205, within(1e-6));
    }

    @Test
    void oneAnswerHasAMeanButNoInterval() {
        Estimate ces = CesCalculator.estimate(1, 6, 36);

        assertThat(ces.value()).isEqualTo(6.0);
        assertThat(ces.ciLow()).isNull();
        assertThat(ces.ciHigh()).isNull();
        assertThat(CesCalculator.sd(1, 6, 36)).isNull();
    }

    @Test
    void identicalAnswersHaveNoSpread() {
        Estimate ces = CesCalculator.estimate(4, 20, 100);

        assertThat(ces.value()).isEqualTo(5.0);
        assertThat(ces.ciLow()).isEqualTo(5.0);
        assertThat(ces.ciHigh()).isEqualTo(5.0);
    }

    @Test
    void noAnswersGiveNoScore() {
        assertThat(CesCalculator.estimate(0, 0, 0)).isEqualTo(Estimate.NONE);
    }
}
