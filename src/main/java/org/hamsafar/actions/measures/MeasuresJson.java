package org.hamsafar.actions.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's view of the measures. Medians in hours to the nearest 0.001 (3.6 seconds); rates as fractions (0.75). */
final class MeasuresJson {
    private MeasuresJson() {
    }

    static Map<String, Object> report(MeasuresReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", report.from().toString());
        out.put("to", report.to().toString());
        out.put("team", report.team());
        out.put("segment", report.segment());
        out.put("overall", figures(report.overall()));
        out.put("byTeam", report.byTeam().stream().map(MeasuresJson::figures).toList());
        return out;
    }

    static Map<String, Object> figures(LoopFigures f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("team", f.team());
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("opened", f.cases().opened());
        cases.put("resolved", f.cases().resolved());
        cases.put("openNow", f.cases().openNow());
        out.put("cases", cases);
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("rate", f.closedLoop().rate());
        loop.put("closed", f.closedLoop().count());
        loop.put("n", f.closedLoop().n());
        out.put("closedLoop", loop);
        out.put("timeToFirstResponse", median(f.firstResponse()));
        out.put("timeToResolution", median(f.resolution()));
        Map<String, Object> sla = new LinkedHashMap<>();
        sla.put("rate", f.sla().rate());
        sla.put("breached", f.sla().breached());
        sla.put("n", f.sla().cases());
        sla.put("firstResponseRate", f.sla().firstResponseRate());
        sla.put("firstResponseBreached", f.sla().firstResponseBreached());
        sla.put("firstResponseJudged", f.sla().firstResponseJudged());
        sla.put("resolutionRate", f.sla().resolutionRate());
        sla.put("resolutionBreached", f.sla().resolutionBreached());
        sla.put("resolutionJudged", f.sla().resolutionJudged());
        out.put("slaBreach", sla);
        Map<String, Object> recovery = new LinkedHashMap<>();
        recovery.put("rate", f.recovery().rate());
        recovery.put("recovered", f.recovery().recovered());
        recovery.put("n", f.recovery().answeredAgain());
        recovery.put("detractors", f.recovery().detractors());
        recovery.put("answeredAgain", f.recovery().answeredAgain());
        out.put("recovery", recovery);
        return out;
    }

    private static Map<String, Object> median(LoopFigures.Median median) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("medianHours", median.hours() == null ? null
                : BigDecimal.valueOf(median.hours()).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros());
        out.put("n", median.n());
        return out;
    }
}
