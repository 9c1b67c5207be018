package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgNbdTest {
    /** Fader, Hardie & Lee (2005), table 2: the estimates on the CDNOW sample (weeks). */
    static final BgNbd PUBLISHED = new BgNbd(0.243, 4.414, 0.793, 2.426);
    /** The same estimates to four decimals, as Hardie's spreadsheet for the paper uses them (note 004). */
    static final BgNbd SHEET = new BgNbd(0.2426, 4.4137, 0.7931, 2.4259);

    @Test
    void logLikelihoodAtThePublishedEstimatesIsThePublishedOne() {
        List<CustomerSummary> customers = CdnowData.publishedSummary();

        assertThat(PUBLISHED.logLikelihood(SummaryTable.of(customers))).isCloseTo(-9582.4, within(0.1));
    }

    @Test
    void theGroupedLikelihoodEqualsTheSumOverCustomers() {
        List<CustomerSummary> customers = CdnowData.publishedSummary();
        double sum = customers.stream().mapToDouble(c -> PUBLISHED.logLikelihood(c.frequency(), c.recency(), c.age())).sum();

        assertThat(PUBLISHED.logLikelihood(SummaryTable.of(customers))).isCloseTo(sum, within(1e-6));
    }

    /**
     * Hardie's spreadsheet for the paper (note 004, "Implementing the BG/NBD model for customer base
     * analysis in Excel"): a customer with x = 2, t_x = 30.43, T = 38.86 is expected to make 1.226
     * purchases in the next 39 weeks (eq. 10).
     */
    @Test
    void conditionalExpectationMatchesThePublishedSpreadsheet() {
        assertThat(SHEET.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
        assertThat(PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
    }

    /**
     * The same spreadsheet's E[X(t)] (eq. 9) at t = 1 day, 1, 3, 31.8571, 32 and 78 weeks, from the
     * four-decimal estimates (with the three-decimal ones E[X(31.8571)] is 1.0420, not 1.0405).
     */
    @Test
    void unconditionalExpectationMatchesThePublishedSpreadsheet() {
        double[] t = {0.1429, 1, 3, 31.8571, 32, 78};
        double[] published = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < t.length; i++) {
            assertThat(SHEET.expectedRepeatsSinceFirst(t[i])).as("E[X(%s)]", t[i]).isCloseTo(published[i], within(0.0003));
        }
    }

    /**
     * P(alive) = 1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)); for x = 2, t_x = 30.43, T = 38.86:
     * a/(b+1) = 0.793/3.426 = 0.231465; (43.274/34.844)^2.243 = 1.241935^2.243 = 1.625789;
     * 1 / (1 + 0.231465 * 1.625789) = 0.726579.
     */
    @Test
    void probabilityAliveByHand() {
        assertThat(PUBLISHED.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.726579, within(1e-6));
        assertThat(PUBLISHED.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void expectationsStayFiniteForVeryFrequentBuyers() {
        double e = PUBLISHED.expectedPurchases(520, 400, 360, 364);

        assertThat(e).isFinite().isPositive();
        assertThat(PUBLISHED.logLikelihood(400, 360, 364)).isFinite();
    }

    @Test
    void expectationIsContinuousThroughAEqualsOne() {
        BgNbd below = new BgNbd(0.243, 4.414, 1 - 1e-5, 2.426);
        BgNbd at = new BgNbd(0.243, 4.414, 1, 2.426);
        BgNbd above = new BgNbd(0.243, 4.414, 1 + 1e-5, 2.426);

        assertThat(at.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(below.expectedPurchases(39, 2, 30.43, 38.86), within(1e-4))
                .isCloseTo(above.expectedPurchases(39, 2, 30.43, 38.86), within(1e-4));
    }
}
