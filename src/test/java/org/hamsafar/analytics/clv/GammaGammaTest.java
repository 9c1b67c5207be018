package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GammaGammaTest {
    /** Fader, Hardie & Lee (2005), "RFM and CLV": p = 6.25, q = 3.74, gamma = 15.44 on the CDNOW sample. */
    static final GammaGamma PUBLISHED = new GammaGamma(6.25, 3.74, 15.44);

    /**
     * E(M | x, m) = (gamma + m x) p / (p x + q - 1): for x = 2, m = 22.35,
     * (15.44 + 44.70) * 6.25 / (12.5 + 2.74) = 375.875 / 15.24 = 24.663714; the population mean
     * p gamma / (q - 1) = 96.5 / 2.74 = 35.218978 is what a customer without repeat purchases gets.
     */
    @Test
    void conditionalExpectedSpendByHand() {
        assertThat(PUBLISHED.expectedSpend(2, 22.35)).isCloseTo(24.663714, within(1e-6));
        assertThat(PUBLISHED.meanSpend()).isCloseTo(35.218978, within(1e-6));
        assertThat(PUBLISHED.expectedSpend(0, Double.NaN)).isEqualTo(PUBLISHED.meanSpend());
    }

    /** The density of a customer's mean spend integrates to one over m in (0, infinity) (substituting m = u/(1-u)). */
    @Test
    void densityIntegratesToOne() {
        int steps = 200_000;
        double h = 1.0 / steps;
        double sum = 0;
        for (int k = 1; k < steps; k++) {
            double u = k * h;
            double m = u / (1 - u);
            sum += Math.exp(PUBLISHED.logLikelihood(3, m)) / ((1 - u) * (1 - u));
        }
        assertThat(sum * h).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void fitReproducesThePublishedEstimates() {
        GammaGamma fitted = ModelFitter.fitSpend(CdnowData.publishedSummary()).model();

        assertThat(fitted.p()).isCloseTo(6.25, within(0.01 * 6.25));
        assertThat(fitted.q()).isCloseTo(3.74, within(0.01 * 3.74));
        assertThat(fitted.gamma()).isCloseTo(15.44, within(0.01 * 15.44));
    }
}
