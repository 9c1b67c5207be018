package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    @Test
    void accuracyAndMacroF1OfAHandCountedConfusionMatrix() {
        // actual negative: 8 right, 2 called positive; actual positive: 3 called negative, 7 right
        ClassificationReport report = new ClassificationReport(List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE));
        add(report, SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE, 8);
        add(report, SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE, 2);
        add(report, SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, 3);
        add(report, SentimentLabel.POSITIVE, SentimentLabel.POSITIVE, 7);

        assertThat(report.accuracy()).isCloseTo(0.75, within(1e-12));
        // negative: precision 8/11, recall 8/10, F1 = 16/21; positive: precision 7/9, recall 7/10, F1 = 14/19
        assertThat(report.f1(0)).isCloseTo(16.0 / 21, within(1e-12));
        assertThat(report.f1(1)).isCloseTo(14.0 / 19, within(1e-12));
        assertThat(report.macroF1()).isCloseTo((16.0 / 21 + 14.0 / 19) / 2, within(1e-12));
    }

    @Test
    void pearsonOfKnownSeries() {
        assertThat(ClassificationReport.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8})).isCloseTo(1.0, within(1e-12));
        assertThat(ClassificationReport.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        // x = 1..5, y = 2,4,5,4,5: r = 6 / sqrt(10 × 6) = 0.7746
        assertThat(ClassificationReport.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5}))
                .isCloseTo(6 / Math.sqrt(60), within(1e-12));
    }

    private static void add(ClassificationReport report, SentimentLabel actual, SentimentLabel predicted, int times) {
        for (int i = 0; i < times; i++) {
            report.add(actual, predicted);
        }
    }
}
