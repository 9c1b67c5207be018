package org.hamsafar.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnomalyFlagsTest {

    /*
     * Residuals (y − fitted) at t = 1..7: 1, −1, 2, −2, 0, 1, 20 (t = 0 has no forecast).
     * Sorted: −2, −1, 0, 1, 1, 2, 20: median 1; |e − 1| = 0, 2, 1, 3, 1, 0, 19, sorted 0, 0, 1, 1, 2, 3, 19: MAD 1.
     * Robust z of t=7: 19 / 1.4826 = 12.8 > 3; of t=4: 3 / 1.4826 = 2.02, not flagged.
     * With σ = 2 and a 95% interval (±3.92), only t = 7 (residual 20) falls outside.
     */
    @Test
    void flagsTheResidualThatIsOutsideTheIntervalAndFarInRobustTerms() {
        double[] fitted = {Double.NaN, 10, 10, 10, 10, 10, 10, 10};
        double[] y = {5, 11, 9, 12, 8, 10, 11, 30};

        List<AnomalyFlags.Flag> flags = AnomalyFlags.of(y, fitted, 2.0, 0.95);

        assertThat(flags).hasSize(1);
        AnomalyFlags.Flag flag = flags.get(0);
        assertThat(flag.index()).isEqualTo(7);
        assertThat(flag.reasons()).containsExactly("outside_interval", "robust_z");
        assertThat(flag.robustZ()).isCloseTo(19 / 1.4826, within(1e-9));
        assertThat(flag.upper()).isCloseTo(10 + 1.959963984540054 * 2, within(1e-9));
    }

    @Test
    void aNarrowIntervalFlagsWithoutTheRobustScore() {
        double[] fitted = {Double.NaN, 10, 10, 10};
        double[] y = {0, 10, 10, 13};
        // Residuals 0, 0, 3: median 0, MAD 0, so no robust score; 13 is outside 10 ± 1.96.
        List<AnomalyFlags.Flag> flags = AnomalyFlags.of(y, fitted, 1.0, 0.95);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.reasons()).containsExactly("outside_interval");
            assertThat(f.robustZ()).isNull();
        });
    }
}
