package org.hamsafar.journeys.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.journeys.funnels.DurationParts;
import org.hamsafar.journeys.overlay.OverlayReport.PainPoint;
import org.hamsafar.journeys.overlay.OverlayReport.StageLive;

/** What the live page shows of a report: the stage columns with their flags, and the emotion chart's data. */
final class LivePageView {

    private LivePageView() {
    }

    /** A stage column: the stage, the pain points flagged on it, and its median time to the next stage in parts. */
    record StageView(StageLive stage, List<PainPoint> flags, List<DurationParts.Part> median) {
        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    static List<StageView> stages(OverlayReport report) {
        List<StageView> views = new ArrayList<>();
        for (StageLive stage : report.stages()) {
            List<PainPoint> flags = report.painPoints().stream().filter(p -> p.stageIndex() == stage.index()).toList();
            views.add(new StageView(stage, flags, DurationParts.of(stage.medianSecondsToNext())));
        }
        return views;
    }

    /** For journeys-live.js: stage names, the designed and the actual emotion (-2..2, two decimals; null: none). */
    static Map<String, Object> chart(OverlayReport report) {
        List<String> labels = new ArrayList<>();
        List<Integer> designed = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        for (StageLive stage : report.stages()) {
            labels.add(stage.name());
            designed.add(stage.emotion().designed());
            Double value = stage.emotion().actual();
            actual.add(value == null ? null : Math.round(value * 100) / 100.0);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("designed", designed);
        chart.put("actual", actual);
        return chart;
    }
}
