package org.hamsafar.analytics.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The experiment statistics against cases computed by hand (the arithmetic is written out in each test). */
class ExperimentStatisticsTest {

    @Test
    void twoProportionZTestMatchesTheHandComputation() {
        // Control 200/1000 = 0.20, variant 250/1000 = 0.25, difference 0.05.
        // Pooled p = 450/2000 = 0.225; SE0 = sqrt(0.225 * 0.775 * (1/1000 + 1/1000)) = sqrt(0.000348750) = 0.0186748;
        // z = 0.05 / 0.0186748 = 2.67740; two-sided p = 2 * (1 - Phi(2.67740)) = 2 * 0.0037098 = 0.0074196.
        // Unpooled SE = sqrt(0.2*0.8/1000 + 0.25*0.75/1000) = sqrt(0.0003475) = 0.0186414;
        // 95% CI of the difference = 0.05 -+ 1.959964 * 0.0186414 = [0.013464, 0.086536].
        // Lift = 0.25/0.20 - 1 = 0.25; SE(ln RR) = sqrt(0.8/200 + 0.75/250) = sqrt(0.007) = 0.083666;
        // CI = exp(ln 1.25 -+ 1.959964 * 0.083666) - 1 = exp(0.223144 -+ 0.163982) - 1 = [0.060946, 0.472742].
        ProportionStatistics.Comparison c = ProportionStatistics.compare(200, 1000, 250, 1000, 0.95, Alternative.TWO_SIDED);

        assertThat(c.difference()).isCloseTo(0.05, within(1e-12));
        assertThat(c.z()).isCloseTo(2.67740, within(1e-5));
        assertThat(c.pValue()).isCloseTo(0.0074196, within(1e-7));
        assertThat(c.differenceInterval().low()).isCloseTo(0.013464, within(1e-6));
        assertThat(c.differenceInterval().high()).isCloseTo(0.086536, within(1e-6));
        assertThat(c.relativeLift()).isCloseTo(0.25, within(1e-12));
        assertThat(c.liftInterval().low()).isCloseTo(0.060946, within(1e-6));
        assertThat(c.liftInterval().high()).isCloseTo(0.472742, within(1e-6));
    }

    @Test
    void oneSidedAlternativesTakeOneTailAndOneBound() {
        // Same data: P(Z >= 2.67740) = 0.0037098; the lower one-sided 95% bound = 0.05 - 1.644854 * 0.0186414 = 0.019338.
        ProportionStatistics.Comparison greater = ProportionStatistics.compare(200, 1000, 250, 1000, 0.95, Alternative.GREATER);
        ProportionStatistics.Comparison less = ProportionStatistics.compare(200, 1000, 250, 1000, 0.95, Alternative.LESS);

        assertThat(greater.pValue()).isCloseTo(0.0037098, within(1e-7));
        assertThat(greater.differenceInterval().low()).isCloseTo(0.019338, within(1e-6));
        assertThat(greater.differenceInterval().high()).isNull();
        assertThat(less.pValue()).isCloseTo(1 - 0.0037098, within(1e-7));
    }

    @Test
    void wilsonIntervalMatchesTheHandComputation() {
        // 200/1000, z = 1.959964, z^2 = 3.841459: centre = (0.2 + 3.841459/2000) / (1 + 3.841459/1000) = 0.201921 / 1.003841 = 0.201149;
        // half = 1.959964 / 1.003841 * sqrt(0.16/1000 + 3.841459/4e6) = 1.952465 * 0.0126871 = 0.024771: [0.176377, 0.225919].
        Interval interval = ProportionStatistics.wilson(200, 1000, 0.95);

        assertThat(interval.low()).isCloseTo(0.176377, within(1e-6));
        assertThat(interval.high()).isCloseTo(0.225919, within(1e-6));
        // Unlike the Wald interval, Wilson's stays inside [0, 1] and is not empty at 0 conversions: 0/20 gives [0, 0.161].
        assertThat(ProportionStatistics.wilson(0, 20, 0.95).high()).isCloseTo(0.16113, within(1e-5));
    }

    @Test
    void chiSquareOfAThreeByTwoTableMatchesTheHandComputation() {
        // A 20/100, B 30/100, C 40/100: 90 of 300 converted, so every row expects 30 conversions and 70 non-conversions.
        // chi2 = (20-30)^2/30 + (80-70)^2/70 + 0 + 0 + (40-30)^2/30 + (60-70)^2/70 = 2 * (3.333333 + 1.428571) = 9.523810;
        // df = 2, and for df = 2 the upper tail is exp(-chi2/2) = exp(-4.761905) = 0.0085493.
        ChiSquareTest.Result chi = ChiSquareTest.independence(new long[] {20, 30, 40}, new long[] {100, 100, 100});

        assertThat(chi.statistic()).isCloseTo(9.523810, within(1e-6));
        assertThat(chi.df()).isEqualTo(2);
        assertThat(chi.pValue()).isCloseTo(0.0085493, within(1e-7));
        assertThat(chi.smallExpected()).isFalse();
        assertThat(ChiSquareTest.independence(new long[] {0, 0}, new long[] {10, 10})).isNull();
    }

    @Test
    void holmAdjustsStepDownAndKeepsTheOrder() {
        // Sorted 0.01, 0.02, 0.04 of m = 3: 3*0.01 = 0.03, max(0.03, 2*0.02) = 0.04, max(0.04, 1*0.04) = 0.04.
        assertThat(HolmAdjustment.adjust(new double[] {0.04, 0.01, 0.02})).containsExactly(0.04, 0.03, 0.04);
        // 0.3 * 2 = 0.6, then max(0.6, 0.9) = 0.9; capped at 1 where m * p exceeds it.
        assertThat(HolmAdjustment.adjust(new double[] {0.9, 0.3})).containsExactly(0.9, 0.6);
        assertThat(HolmAdjustment.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    }

    @Test
    void welchTestReproducesTheSleepDataExample() {
        // Student's (1908) sleep data, extra hours of sleep under two drugs, ten patients each (R: t.test(extra ~ group, data = sleep)):
        // mean 0.75 and 2.33, sd 1.789010 and 2.002249; se^2 = 1.789010^2/10 + 2.002249^2/10 = 0.320056 + 0.400900 = 0.720956,
        // se = 0.849091; t = (0.75 - 2.33) / 0.849091 = -1.860813 (R reports the control minus the variant: the same t).
        // df = 0.720956^2 / (0.320056^2/9 + 0.400900^2/9) = 0.519778 / (0.011382 + 0.017858) = 17.776;
        // R prints t = -1.8608, df = 17.776, p-value = 0.07939, 95% CI -3.3654832 to 0.2054832 (of group 1 minus group 2).
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

        WelchTest.Result r = WelchTest.compare(WelchTest.summarise(drug2), WelchTest.summarise(drug1), 0.95, Alternative.TWO_SIDED);

        assertThat(r.t()).isCloseTo(-1.8608, within(1e-4));
        assertThat(r.df()).isCloseTo(17.776, within(1e-3));
        assertThat(r.pValue()).isCloseTo(0.07939, within(1e-5));
        assertThat(r.interval().low()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(r.interval().high()).isCloseTo(0.2054832, within(1e-6));
    }

    @Test
    void sampleSizeForTenToTwelvePercentIs3841PerArm() {
        // p1 = 0.10, p2 = 0.12, pbar = 0.11; z(0.975) = 1.959964, z(0.80) = 0.841621.
        // n = (1.959964 * sqrt(2 * 0.11 * 0.89) + 0.841621 * sqrt(0.10*0.90 + 0.12*0.88))^2 / 0.02^2
        //   = (1.959964 * 0.442493 + 0.841621 * 0.442267)^2 / 0.0004 = (0.867270 + 0.372222)^2 / 0.0004 = 1.536341 / 0.0004 = 3840.85 -> 3841.
        SampleSizeCalculator.Design design = new SampleSizeCalculator.Design(0.10, 0.05, Alternative.TWO_SIDED, 1);

        assertThat(SampleSizeCalculator.controlSize(design, 0.12, 0.8)).isCloseTo(3840.85, within(0.01));
        // And back: 3841 per arm has a power just above 0.8; the change it detects with power 0.8 is 0.02.
        assertThat(SampleSizeCalculator.power(design, 0.12, 3841)).isCloseTo(0.80002, within(1e-5));
        assertThat(SampleSizeCalculator.minimumDetectableEffect(design, 3840.8474824, 0.8)).isCloseTo(0.02, within(1e-7));
    }

    @Test
    void unequalAllocationNeedsMoreVisitorsInAll() {
        // r = 2 (twice as many in the variant): pbar = (0.10 + 2*0.12)/3 = 0.113333;
        // n1 = (1.959964 * sqrt(0.113333 * 0.886667 * 1.5) + 0.841621 * sqrt(0.09 + 0.1056/2))^2 / 0.0004
        //    = (1.959964 * 0.388244 + 0.841621 * 0.377889)^2 / 0.0004 = (0.760944 + 0.318040)^2 / 0.0004 = 2910.51; n2 = 5821.
        SampleSizeCalculator.Design design = new SampleSizeCalculator.Design(0.10, 0.05, Alternative.TWO_SIDED, 2);
        double n1 = SampleSizeCalculator.controlSize(design, 0.12, 0.8);

        assertThat(n1).isCloseTo(2910.51, within(0.01));
        assertThat(n1 * 3).isGreaterThan(2 * 3840.85);
    }

    @Test
    void sampleRatioMismatchIsFlaggedBelowOnePerMille() {
        // 5,100 vs 4,900 of an even split: chi2 = (100^2 + 100^2) / 5000 = 4, p = 0.0455: no flag.
        // 50,500 vs 49,500: chi2 = 2 * 500^2 / 50000 = 10, p = 0.00157: still no flag; 50,800 vs 49,200: chi2 = 25.6, p = 4.2e-7: flagged.
        SampleRatioCheck.Result small = SampleRatioCheck.check(List.of("A", "B"), new long[] {5100, 4900}, new double[] {1, 1});
        SampleRatioCheck.Result large = SampleRatioCheck.check(List.of("A", "B"), new long[] {50_500, 49_500}, new double[] {1, 1});
        SampleRatioCheck.Result broken = SampleRatioCheck.check(List.of("A", "B"), new long[] {50_800, 49_200}, new double[] {1, 1});
        // A planned 1:3 split observed as 2,500 : 7,500 fits exactly.
        SampleRatioCheck.Result planned = SampleRatioCheck.check(List.of("A", "B"), new long[] {2500, 7500}, new double[] {1, 3});

        assertThat(small.chiSquare()).isCloseTo(4.0, within(1e-12));
        assertThat(small.pValue()).isCloseTo(0.0455003, within(1e-7));
        assertThat(small.mismatch()).isFalse();
        assertThat(large.pValue()).isCloseTo(0.0015654, within(1e-7));
        assertThat(large.mismatch()).isFalse();
        assertThat(broken.chiSquare()).isCloseTo(25.6, within(1e-9));
        assertThat(broken.mismatch()).isTrue();
        assertThat(planned.chiSquare()).isZero();
        assertThat(planned.variants().get(1).expected()).isCloseTo(7500, within(1e-9));
    }

    @Test
    void threeVariantsGetTheChiSquareAndHolmAdjustedComparisons() {
        // The 3x2 table above with A as control: B vs A z = 0.1/sqrt(0.25*0.75*0.02) = 1.632993 (p = 0.102470),
        // C vs A z = 0.2/sqrt(0.3*0.7*0.02) = 3.086067 (p = 0.0020282); Holm: C 2 * 0.0020282 = 0.0040564, B max(0.0040564, 0.102470).
        List<CountedVariant> variants = List.of(new CountedVariant("A", 100, 20, 1), new CountedVariant("B", 100, 30, 1),
                new CountedVariant("C", 100, 40, 1));

        ProportionsReport report = ProportionsAnalysis.analyse(variants, 0, 0.95, Alternative.TWO_SIDED);

        assertThat(report.chiSquare().statistic()).isCloseTo(9.523810, within(1e-6));
        assertThat(report.comparisons()).extracting(ProportionsReport.RateComparison::variant).containsExactly("B", "C");
        assertThat(report.comparisons().get(0).z()).isCloseTo(1.632993, within(1e-6));
        assertThat(report.comparisons().get(0).pValueHolm()).isCloseTo(0.102470, within(1e-6));
        assertThat(report.comparisons().get(0).significant()).isFalse();
        assertThat(report.comparisons().get(1).pValueHolm()).isCloseTo(0.0040564, within(1e-7));
        assertThat(report.comparisons().get(1).significant()).isTrue();
        assertThat(report.srm().mismatch()).isFalse();
    }
}
