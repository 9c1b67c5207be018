package org.hamsafar.analytics.clv;

import static org.apache.commons.math3.special.Gamma.logGamma;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoNbdTest {
    /** Fader & Hardie (2005), the Pareto/NBD estimates on the CDNOW sample (weeks). */
    static final ParetoNbd PUBLISHED = new ParetoNbd(0.553, 10.578, 0.606, 11.669);

    @Test
    void logLikelihoodAtThePublishedEstimatesIsThePublishedOne() {
        List<CustomerSummary> customers = CdnowData.publishedSummary();

        assertThat(PUBLISHED.logLikelihood(SummaryTable.of(customers))).isCloseTo(-9595.0, within(0.1));
    }

    @Test
    void theGroupedLikelihoodEqualsTheSumOverCustomers() {
        List<CustomerSummary> customers = CdnowData.publishedSummary();
        double sum = customers.stream().mapToDouble(c -> PUBLISHED.logLikelihood(c.frequency(), c.recency(), c.age())).sum();

        assertThat(PUBLISHED.logLikelihood(SummaryTable.of(customers))).isCloseTo(sum, within(1e-6));
    }

    /**
     * The likelihood without the hypergeometric function: mixing lambda^x e^-(lambda+mu)T (alive at T)
     * and lambda^x mu e^-(lambda+mu)tau (died at tau in (t_x, T]) over the two gamma distributions gives
     * G(r+x)/G(r) alpha^r beta^s [(alpha+T)^-(r+x) (beta+T)^-s + s * integral_{t_x}^{T} (alpha+tau)^-(r+x)
     * (beta+tau)^-(s+1) dtau], integrated here by Simpson's rule. Both forms of A0 (alpha above and
     * below beta) must agree with it.
     */
    @Test
    void bothFormsOfTheLikelihoodMatchDirectIntegration() {
        ParetoNbd[] models = {PUBLISHED, new ParetoNbd(0.553, 30.0, 0.606, 5.0), new ParetoNbd(2.0, 1.5, 3.0, 40.0)};
        double[][] customers = {{0, 0, 38.86}, {2, 30.43, 38.86}, {7, 12.5, 30}, {25, 37.9, 38.5}};
        for (ParetoNbd m : models) {
            for (double[] c : customers) {
                int x = (int) c[0];
                assertThat(m.logLikelihood(x, c[1], c[2])).as("%s x=%d", m, x).isCloseTo(integrated(m, x, c[1], c[2]), within(1e-7));
            }
        }
    }

    private static double integrated(ParetoNbd m, int x, double tx, double age) {
        int steps = 20_000;
        double h = (age - tx) / steps;
        double sum = 0;
        for (int k = 0; k <= steps; k++) {
            double tau = tx + k * h;
            double f = Math.pow(m.alpha() + tau, -(m.r() + x)) * Math.pow(m.beta() + tau, -(m.s() + 1));
            sum += f * (k == 0 || k == steps ? 1 : k % 2 == 1 ? 4 : 2);
        }
        double died = m.s() * sum * h / 3;
        double alive = Math.pow(m.alpha() + age, -(m.r() + x)) * Math.pow(m.beta() + age, -m.s());
        return logGamma(m.r() + x) - logGamma(m.r()) + m.r() * Math.log(m.alpha()) + m.s() * Math.log(m.beta()) + Math.log(alive + died);
    }

    @Test
    void theTwoFormsMeetWhereAlphaEqualsBeta() {
        ParetoNbd below = new ParetoNbd(0.553, 11.0 * (1 - 1e-9), 0.606, 11.0);
        ParetoNbd above = new ParetoNbd(0.553, 11.0 * (1 + 1e-9), 0.606, 11.0);

        assertThat(below.logLikelihood(3, 20, 38)).isCloseTo(above.logLikelihood(3, 20, 38), within(1e-7));
    }

    /** Customers with hundreds of purchases (a case that overflows a plain series) keep finite values. */
    @Test
    void veryFrequentBuyersStayFinite() {
        ParetoNbd m = new ParetoNbd(10.465, 7.98565181e-03, 3.0516, 2.820);

        assertThat(m.logLikelihood(500, 1, 37)).isFinite();
        assertThat(m.probabilityAlive(500, 4, 37)).isBetween(0.0, 1.0);
        assertThat(m.expectedPurchases(10, 400, 5, 6)).isFinite().isPositive();
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive).
     * For x = 0, T = 0 (P(alive) = 1) it is E[X(t)] = r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]:
     * at the published estimates and t = 39: 0.553 * 11.669 / (10.578 * -0.394) = -1.548314;
     * (11.669/50.669)^-0.394 = 0.230299^-0.394 = 1.783435; -1.548314 * (1 - 1.783435) = 1.213003.
     */
    @Test
    void expectationsByHand() {
        assertThat(PUBLISHED.probabilityAlive(0, 0, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(PUBLISHED.expectedRepeatsSinceFirst(39)).isCloseTo(1.213003, within(1e-5));
        assertThat(PUBLISHED.expectedPurchases(39, 0, 0, 0)).isCloseTo(1.213003, within(1e-5));
    }
}
