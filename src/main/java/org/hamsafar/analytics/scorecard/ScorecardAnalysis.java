package org.hamsafar.analytics.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.JobProgress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The digital CX scorecard as an analysis job: the six areas' scores (0..100, or null with the
 * reason) for each of the last whole months, with each score's parts, formula and data source.
 * The result is stored; the API and the page read the latest one. Scheduled monthly by
 * {@code hamsafar.analytics.schedule.scorecard}.
 */
@Component
class ScorecardAnalysis implements Analysis {
    static final String KIND = "scorecard";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ScorecardData data;
    private final Clock clock;

    ScorecardAnalysis(ScorecardData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "scorecard-1";
    }

    @Override
    public JsonNode check(JsonNode parameters) {
        return ScorecardParameters.read(parameters).toJson();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        ScorecardParameters p = ScorecardParameters.read(parameters);
        ZoneId zone = data.zone();
        List<ScorecardMonths.Month> months = ScorecardMonths.before(LocalDate.ofInstant(clock.instant(), zone), p.months(), p.jalali());
        List<MonthInputs> inputs = data.read(months, p, progress);
        ObjectNode result = JSON.createObjectNode();
        result.put("calendar", p.jalali() ? "jalali" : "gregorian");
        result.put("zone", zone.getId());
        if (p.segment() != null) {
            result.put("segment", p.segment());
        }
        ArrayNode monthList = result.putArray("months");
        for (ScorecardMonths.Month m : months) {
            monthList.addObject().put("label", m.label()).put("from", m.start().toString()).put("to", m.end().toString());
        }
        ArrayNode areas = result.putArray("areas");
        for (ScorecardArea area : ScorecardArea.values()) {
            ObjectNode a = areas.addObject();
            a.put("key", area.key());
            a.put("definition", area.definition());
            a.put("source", area.source());
            ArrayNode scores = a.putArray("scores");
            for (int i = 0; i < months.size(); i++) {
                AreaScore score = area.score(inputs.get(i), p);
                ObjectNode s = scores.addObject();
                s.put("month", months.get(i).label());
                if (score.score() == null) {
                    s.putNull("score");
                } else {
                    s.put("score", Math.round(score.score() * 10) / 10.0);
                }
                s.put("reason", score.reason());
                s.set("components", JSON.valueToTree(score.components()));
            }
            a.set("latest", scores.get(scores.size() - 1));
        }
        progress.report(1, "done");
        return new AnalysisOutcome(result, months.get(0).start().atStartOfDay(zone).toInstant(),
                months.get(months.size() - 1).end().atStartOfDay(zone).toInstant());
    }
}
