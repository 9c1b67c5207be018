package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClvCalculatorTest {
    static final BgNbd MODEL = BgNbdTest.PUBLISHED;
    static final GammaGamma SPEND = GammaGammaTest.PUBLISHED;
    /** x = 2, t_x = 30.43, T = 38.86 weeks, two repeat purchases of $22.35 on average. */
    static final CustomerSummary CUSTOMER = new CustomerSummary(1, 2, 30.43, 38.86, 2, 22.35);

    /**
     * Two months (m = 30.4375 / 7 weeks) at 1% a month and a 30% margin:
     * CLV = 0.3 * E(M) * (E[Y(m)] / 1.01 + (E[Y(2m)] - E[Y(m)]) / 1.01^2), E(M) = 24.663714 (GammaGammaTest).
     */
    @Test
    void discountsEachMonthsPurchasesFromItsEnd() {
        double m = 30.4375 / 7;
        double e1 = MODEL.expectedPurchases(m, 2, 30.43, 38.86);
        double e2 = MODEL.expectedPurchases(2 * m, 2, 30.43, 38.86);
        double expected = 0.3 * 24.663714 * (e1 / 1.01 + (e2 - e1) / (1.01 * 1.01));

        CustomerValue value = new ClvCalculator(MODEL, SPEND, 7, 39, 2, 0.01, 0.3).value(CUSTOMER);

        assertThat(value.clv()).isCloseTo(expected, within(1e-7));
        assertThat(value.expectedSpend()).isCloseTo(24.663714, within(1e-6));
        assertThat(value.expectedPurchases()).isCloseTo(1.226, within(0.0005));
        assertThat(value.probabilityAlive()).isCloseTo(0.726579, within(1e-6));
    }

    @Test
    void withoutSpendModelThereIsNoValue() {
        CustomerValue value = new ClvCalculator(MODEL, null, 7, 39, 12, 0.01, 1).value(CUSTOMER);

        assertThat(value.clv()).isNull();
        assertThat(value.expectedSpend()).isNull();
        assertThat(value.expectedPurchases()).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void manyCustomersGetTheSameValuesAsOneByOne() {
        ClvCalculator calculator = new ClvCalculator(ParetoNbdTest.PUBLISHED, SPEND, 7, 52, 24, 0.01, 1);
        List<CustomerSummary> customers = List.of(CUSTOMER, new CustomerSummary(2, 0, 0, 38.86, 0, Double.NaN),
                new CustomerSummary(3, 2, 10, 38.86, 2, 50.0));

        List<CustomerValue> values = calculator.values(customers);

        for (int i = 0; i < customers.size(); i++) {
            assertThat(values.get(i)).isEqualTo(calculator.value(customers.get(i)));
        }
        // Same x and T, an earlier last purchase: less likely alive, worth less.
        assertThat(values.get(2).clv()).isLessThan(values.get(0).clv() * 50 / 22.35);
        assertThat(values.get(2).probabilityAlive()).isLessThan(values.get(0).probabilityAlive());
    }
}
