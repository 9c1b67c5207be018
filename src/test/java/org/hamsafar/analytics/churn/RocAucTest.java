package org.hamsafar.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mann-Whitney AUC and the ROC curve on a case counted by hand. */
class RocAucTest {

    /**
     * Positives score 0.35, 0.8, 0.4; negatives 0.1, 0.4. Of the 6 positive-negative pairs the
     * positive is higher in (0.35, 0.1), (0.8, 0.1), (0.8, 0.4), (0.4, 0.1), lower in (0.35, 0.4),
     * tied in (0.4, 0.4): AUC = (4 + 0.5) / 6 = 0.75.
     */
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8, 0.4};
    private static final boolean[] LABELS = {false, false, true, true, true};

    @Test
    void aucCountsTiesAsHalf() {
        assertThat(RocAuc.auc(SCORES, LABELS)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void aucIsUndefinedWithOneClass() {
        assertThat(RocAuc.auc(new double[] {0.2, 0.3}, new boolean[] {true, true})).isNaN();
    }

    @Test
    void curveStepsThroughEachDistinctScore() {
        List<RocAuc.Point> curve = RocAuc.curve(SCORES, LABELS, 100);
        // thresholds 0.8: (0, 1/3); 0.4 (one positive, one negative): (1/2, 2/3); 0.35: (1/2, 1); 0.1: (1, 1)
        assertThat(curve).extracting(RocAuc.Point::falsePositiveRate).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0);
        assertThat(curve).extracting(RocAuc.Point::truePositiveRate)
                .containsExactly(0.0, 1.0 / 3, 2.0 / 3, 1.0, 1.0);
        // the trapezoid area under these points is the AUC
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            area += (curve.get(i).falsePositiveRate() - curve.get(i - 1).falsePositiveRate())
                    * (curve.get(i).truePositiveRate() + curve.get(i - 1).truePositiveRate()) / 2;
        }
        assertThat(area).isCloseTo(0.75, within(1e-12));
    }
}
