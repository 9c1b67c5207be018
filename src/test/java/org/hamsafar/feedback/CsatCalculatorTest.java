package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsatCalculatorTest {

    @Test
    void eightOfTenSatisfied() {
        // p = 0.8, z^2/n = 3.841459/10 = 0.3841459
        // centre = (0.8 + 0.1920729) / 1.3841459 = 0.716742
        // half = 1.959964 / 1.3841459 * sqrt(0.016 + 0.0096036) = 1.416009 * 0.160011 = 0.226577
        // -> 0.490162 .. 0.943318, in per cent 49.0162 .. 94.3318
        Estimate csat = CsatCalculator.estimate(10, 8);

        assertThat(csat.value()).isCloseTo(80.0, within(1e-9));
        assertThat(csat.ciLow()).isCloseTo(49.0162, within(1e-4));
        assertThat(csat.ciHigh()).isCloseTo(94.3318, within(1e-4));
    }

    /**
     * The examples of Newcombe (1998), "Two-sided confidence intervals for the single proportion:
     * comparison of seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score
     * without continuity correction): 81 of 263 gives 0.2553 to 0.3662 there. Every row was also
     * recomputed from the formula, e.g. 81/263: p = 0.307985, z^2/n = 0.014606,
     * centre = (0.307985 + 0.007303) / 1.014606 = 0.310749,
     * half = 1.959964 / 1.014606 * sqrt(0.000810 + 0.0000139) = 1.931748 * 0.028710 = 0.055461 -> 0.2553 .. 0.3662.
     */
    @ParameterizedTest
    @CsvSource({"81, 263, 25.53, 36.62", "15, 148, 6.24, 16.05", "0, 20, 0.00, 16.11", "1, 29, 0.61, 17.18"})
    void matchesNewcombesTable(long satisfied, long n, double low, double high) {
        Estimate csat = CsatCalculator.estimate(n, satisfied);

        assertThat(csat.ciLow()).isCloseTo(low, within(0.005));
        assertThat(csat.ciHigh()).isCloseTo(high, within(0.005));
    }

    @Test
    void allSatisfiedStillHasAnInterval() {
        // 3 of 3: z^2/n = 1.280486; centre = (1 + 0.640243) / 2.280486 = 0.719256
        // half = 1.959964 / 2.280486 * sqrt(0 + 3.841459 / 36) = 0.859449 * 0.326660 = 0.280752
        // -> 43.85 .. 100
        Estimate csat = CsatCalculator.estimate(3, 3);

        assertThat(csat.value()).isEqualTo(100.0);
        assertThat(csat.ciLow()).isCloseTo(43.8503, within(1e-4));
        assertThat(csat.ciHigh()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void noAnswersGiveNoScore() {
        assertThat(CsatCalculator.estimate(0, 0)).isEqualTo(Estimate.NONE);
    }
}
