package org.hamsafar.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstPeriodWithDataTest {
    private static final double GAP = Double.NaN;

    @Test
    void aCountStartsAtItsFirstNonZeroPeriod() {
        assertThat(Forecasts.firstWithData(new double[] {0, GAP, 0, 3, 0, 5}, MetricKind.EVENTS)).isEqualTo(3);
        assertThat(Forecasts.firstWithData(new double[] {0, 0}, MetricKind.REVENUE)).isEqualTo(2);
    }

    @Test
    void aScoreOfZeroIsData() {
        // An NPS of 0 (as many promoters as detractors) in the first week with answers is where the history begins.
        assertThat(Forecasts.firstWithData(new double[] {GAP, GAP, 0, 12, -5}, MetricKind.NPS)).isEqualTo(2);
        assertThat(Forecasts.firstWithData(new double[] {GAP, GAP}, MetricKind.SENTIMENT)).isEqualTo(2);
    }
}
