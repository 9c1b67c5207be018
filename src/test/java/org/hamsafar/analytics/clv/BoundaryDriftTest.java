package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When restarts disagree, the parameters that drift to 0 or infinity on a flat likelihood are named.
 * The points are log-parameters as a BG/NBD fit on purchases without dropouts visited them
 * (a about e^-11, b about e^6 and rising).
 */
class BoundaryDriftTest {
    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");

    private static MaximumLikelihood.Optimum at(double logLikelihood, double... point) {
        return new MaximumLikelihood.Optimum(point, logLikelihood, 0);
    }

    @Test
    void parametersRunningToTheBoundaryOnAFlatLikelihoodAreNamed() {
        var first = at(-2206093.2361332, 0.92403, 4.12584, -11.04153, 6.18248);
        var last = at(-2206093.2360289, 0.92403, 4.12584, -11.04636, 6.24315);

        assertThat(MaximumLikelihood.drifting(NAMES, first, last)).isEqualTo("a runs off towards zero and b runs off towards infinity");
    }

    @Test
    void aLikelihoodStillRisingOrAMoveTowardsOneIsNotADrift() {
        var first = at(-1000.0, 0.9, 4.1, -11.0, 6.2);
        assertThat(MaximumLikelihood.drifting(NAMES, first, at(-999.0, 0.9, 4.1, -11.5, 6.9))).isEmpty();
        assertThat(MaximumLikelihood.drifting(NAMES, first, at(-1000.0, 0.9, 4.1, -10.5, 5.9))).isEmpty();
    }
}
