package org.hamsafar.journeys.peakend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The interval formulas against published examples and their edge cases. */
class PredictorStatisticsTest {

    /** Zou (2007), Psychological Methods 12(4), the worked example of two overlapping correlations: (-0.093, 0.517). */
    @Test
    void zouIntervalMatchesThePublishedExample() {
        double[] ci = PredictorStatistics.zouDifference(0.396, 0.179, 0.088, 66);

        assertThat(ci[0]).isCloseTo(-0.093, within(0.0005));
        assertThat(ci[1]).isCloseTo(0.517, within(0.0005));
    }

    /** r = 0.5, n = 50: atanh 0.5493 ± 1.96/√47 = ±0.2859, so tanh gives (0.2575, 0.6833), the textbook interval. */
    @Test
    void fisherIntervalOfAPearsonCorrelation() {
        PeakEndReport.Correlation c = PredictorStatistics.pearson(0.5, 50);

        assertThat(c.ciLow()).isCloseTo(0.2575, within(1e-4));
        assertThat(c.ciHigh()).isCloseTo(0.6833, within(1e-4));
    }

    /** Spearman's interval is wider by √1.06 on the z scale (Fieller, Hartley and Pearson 1957): 0.5493 ± 0.2943. */
    @Test
    void spearmanIntervalIsWiderThanPearsons() {
        PeakEndReport.Correlation c = PredictorStatistics.spearman(0.5, 50);

        assertThat(c.ciLow()).isCloseTo(Math.tanh(0.549306 - 1.959964 * Math.sqrt(1.06 / 47)), within(1e-4));
        assertThat(c.ciLow()).isLessThan(0.2575);
        assertThat(c.ciHigh()).isGreaterThan(0.6833);
    }

    @Test
    void noIntervalForTooFewOrPerfectCorrelations() {
        assertThat(PredictorStatistics.pearson(0.5, 3).ciLow()).isNull();
        assertThat(PredictorStatistics.pearson(null, 30).r()).isNull();
        assertThat(PredictorStatistics.pearson(1.0, 30).ciLow()).isEqualTo(1.0);
        assertThat(PredictorStatistics.zouDifference(1.0, 0.5, 0.5, 30)).isNull();
    }

    /** Two predictors that rank the journeys identically: difference 0 with no spread, p = 1, neither better. */
    @Test
    void identicalRankingsDifferByNothing() {
        PeakEndQueries.AucFit fit = new PeakEndQueries.AucFit(10, 5, 0.8, 0.8, 0.02, 0.02, 0.02, 0.03, 0.03, 0.03);

        PeakEndReport.Comparison comparison = PredictorStatistics.aucDifference(fit);

        assertThat(comparison.difference()).isZero();
        assertThat(comparison.p()).isEqualTo(1.0);
        assertThat(comparison.better()).isEqualTo("neither");
    }

    @Test
    void theBetterPredictorIsNamedOnlyWhenTheIntervalExcludesZero() {
        assertThat(PredictorStatistics.better(0.01, 0.3)).isEqualTo("peakEnd");
        assertThat(PredictorStatistics.better(-0.3, -0.01)).isEqualTo("average");
        assertThat(PredictorStatistics.better(-0.1, 0.3)).isEqualTo("neither");
    }
}
