package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole evaluation on the raw CDNOW transactions: summary, three fits, holdout comparison. */
class CdnowEvaluationTest {

    @Test
    @SuppressWarnings("unchecked")
    void reproducesThePublishedSummaryEstimatesAndHoldout() throws Exception {
        Map<String, Object> result = CdnowEvaluation.run(CdnowData.folder());

        Map<String, Object> summary = (Map<String, Object>) result.get("summary");
        assertThat(summary).containsEntry("customers", 2357).containsEntry("repeatBuyers", 946L)
                .containsEntry("calibrationRepeatPurchases", 2457L).containsEntry("rowsDifferingFromPublished", 0);
        for (String model : List.of("bgnbd", "paretonbd", "gammagamma")) {
            Map<String, Object> m = (Map<String, Object>) result.get(model);
            ((Map<String, Double>) m.get("relativeDifference")).forEach((name, diff) ->
                    assertThat(Math.abs(diff)).as("%s %s", model, name).isLessThan(0.01));
        }
        assertThat((double) ((Map<String, Object>) result.get("bgnbd")).get("logLikelihood")).isCloseTo(-9582.4, within(0.1));
        assertThat((double) ((Map<String, Object>) result.get("paretonbd")).get("logLikelihood")).isCloseTo(-9595.0, within(0.1));

        Map<String, Object> holdout = (Map<String, Object>) ((Map<String, Object>) result.get("holdout")).get("bgnbd");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) holdout.get("byCalibrationFrequency");
        assertThat(groups).extracting(g -> g.get("x")).containsExactly("0", "1", "2", "3", "4", "5", "6", "7+");
        assertThat(groups.get(0)).containsEntry("customers", 1411L);
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) holdout.get("weeklyCumulative");
        assertThat(weeks).hasSize(78);
        // all calibration repeat purchases by week 39, and the 1,882 of the holdout by week 78
        assertThat((double) weeks.get(38).get("actual")).isEqualTo(2457);
        assertThat((double) weeks.get(77).get("actual")).isEqualTo(2457 + 1882);
        assertThat((double) weeks.get(77).get("predicted")).isCloseTo(4339, within(0.1 * 4339));
    }
}
