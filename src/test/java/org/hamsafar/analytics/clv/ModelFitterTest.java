package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.analytics.jobs.AnalysisFailure;
import org.junit.jupiter.api.Test;

class ModelFitterTest {

    @Test
    void tooFewRepeatBuyersSaysTheMinimum() {
        List<CustomerSummary> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(i < 5 ? new CustomerSummary(i, 1, 3, 30, 0, Double.NaN) : new CustomerSummary(i, 0, 0, 30, 0, Double.NaN));
        }

        assertThatThrownBy(() -> ModelFitter.fit(ModelKind.BGNBD, customers)).isInstanceOf(AnalysisFailure.class)
                .hasMessageContaining("at least 30 customers").hasMessageContaining("10 of them with a repeat purchase")
                .hasMessageContaining("found 100 customers and 5 repeat buyers");
    }

    /**
     * Everyone bought every week of 30 and was seen at the very end: no one dropped out and everyone
     * has the same rate, so the maximum lies at infinity (no heterogeneity, no drop-out). The fit must
     * say it did not converge rather than return a number.
     */
    @Test
    void degenerateDataAreReportedAsNotConverging() {
        List<CustomerSummary> customers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            customers.add(new CustomerSummary(i, 30, 30, 30, 0, Double.NaN));
        }

        for (ModelKind kind : ModelKind.values()) {
            assertThatThrownBy(() -> ModelFitter.fit(kind, customers)).as(kind.key()).isInstanceOf(AnalysisFailure.class)
                    .hasMessageContaining("did not converge");
        }
    }

    @Test
    void spendModelNeedsPricedRepeatBuyers() {
        List<CustomerSummary> customers = List.of(new CustomerSummary(1, 2, 10, 20, 2, 15.0), new CustomerSummary(2, 0, 0, 20, 0, Double.NaN));

        assertThatThrownBy(() -> ModelFitter.fitSpend(customers)).isInstanceOf(AnalysisFailure.class)
                .hasMessageContaining("at least 10 customers with priced repeat purchases; found 1");
    }

    @Test
    void samplesGrowFourfoldBelowHalfTheRows() {
        assertThat(ModelFitter.samples(30_000)).isEmpty();
        assertThat(ModelFitter.samples(100_000)).containsExactly(20_000);
        assertThat(ModelFitter.samples(1_000_000)).containsExactly(20_000, 80_000, 320_000);
    }
}
